package org.corroborate.sources;

/**
 * Where one supporting claim comes from.
 *
 * @param kind how it was traced
 * @param key the origin's comparison key: claims with one key count once
 * @param name the origin as shown
 * @param reason why, for this claim ("independent report", "cites the Wall Street Journal")
 * @param agencyCode the wire agency's credit when {@code kind} is WIRE, else empty
 */
record Attribution(Kind kind, String key, String name, String reason, String agencyCode) {
  enum Kind {
    /** The outlet's own report. */
    OWN,
    /** The outlet's own report, counted under the origin origins.csv declares for it. */
    DECLARED,
    /** The article runs a wire agency's story. */
    WIRE,
    /** The article credits another outlet as its origin ("via ..."). */
    REPUBLISHED,
    /** The claim credits an upstream report. */
    CITED,
    /** The claim's passage is copied from an earlier article. */
    COPIED,
    /** The claim repeats, without credit, an anonymous source's quote another article credits to an outlet. */
    QUOTED
  }
}
