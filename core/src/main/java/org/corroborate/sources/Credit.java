package org.corroborate.sources;

/**
 * A credit to an upstream outlet found in text.
 *
 * @param name the outlet as written ("the Wall Street Journal", "Axios", "AP")
 * @param cue the words that credit it ("according to a Wall Street Journal report", "told Axios")
 */
record Credit(String name, String cue) {}
