/**
 * Immutable values that flow from stage to stage: articles, claims, clusters, origins,
 * contradictions and the report. Records only; this package depends on nothing but the JDK.
 */
package org.corroborate.model;
