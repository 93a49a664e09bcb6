/** Outlet names: one comparison key for every spelling of an outlet, shared by ingest and sources. */
package org.corroborate.outlets;
