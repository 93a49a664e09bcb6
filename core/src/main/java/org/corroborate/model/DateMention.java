package org.corroborate.model;

/**
 * A date or time mentioned in a claim.
 *
 * @param text as written ("Friday", "5 p.m. Friday", "February 2026")
 * @param normalized an ISO-8601 form when it can be known ("2026-02", "2026-02-27"), else the
 *     weekday or time in a canonical form ("friday", "friday 17:00")
 */
public record DateMention(String text, String normalized) {
  public DateMention {
    Checks.nonBlank(text, "date text");
    Checks.nonBlank(normalized, "normalized date");
    // copies and wire stories repeat a corpus's dates: one string per distinct value (see Claim)
    text = text.intern();
    normalized = normalized.intern();
  }
}
