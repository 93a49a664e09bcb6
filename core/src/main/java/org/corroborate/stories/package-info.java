/**
 * Which articles may be about one story, from the proper names their claims use: derived from the
 * claims stage's output and asked by the cluster and contradictions stages alike.
 */
package org.corroborate.stories;
