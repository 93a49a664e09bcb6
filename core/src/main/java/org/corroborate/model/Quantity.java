package org.corroborate.model;

import java.util.Objects;

/**
 * A number mentioned in a claim, normalised.
 *
 * @param text as written ("$200 million")
 * @param value the value (200000000)
 * @param unit a normalised unit ("USD", "percent", "" for a bare count, "ordinal" for a rank)
 * @param bound how the text bounds the value: "exact", "at-least", "at-most", "about"
 * @param counted the noun it counts when one follows ("deaths"), or the noun an ordinal ranks
 *     ("quarter" in "the fourth quarter"), else empty
 */
public record Quantity(String text, double value, String unit, String bound, String counted) {
  public Quantity {
    Checks.nonBlank(text, "quantity text");
    Objects.requireNonNull(unit, "unit");
    Checks.nonBlank(bound, "bound");
    counted = counted == null ? "" : counted;
    // copies and wire stories repeat a corpus's amounts: one string per distinct value (see Claim)
    text = text.intern();
    unit = unit.intern();
    bound = bound.intern();
    counted = counted.intern();
  }

  /** The unit of an ordinal. */
  public static final String ORDINAL = "ordinal";

  /** The normalised form shown in reports, e.g. "200000000 USD", "4th quarter". */
  public String normalized() {
    String v = value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
    if (unit.equals(ORDINAL)) {
      long n = (long) value;
      String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch ((int) (n % 10)) {
        case 1 -> "st";
        case 2 -> "nd";
        case 3 -> "rd";
        default -> "th";
      };
      return v + suffix + (counted.isEmpty() ? "" : " " + counted);
    }
    return unit.isEmpty() ? v : v + " " + unit;
  }
}
