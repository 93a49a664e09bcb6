/** WordNet, opened once per JVM and shared by the stages that consult it. */
package org.corroborate.wordnet;
