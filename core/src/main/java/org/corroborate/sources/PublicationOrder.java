package org.corroborate.sources;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Decides which of two articles holding one passage came first. When both publication times are
 * known and differ, the earlier. Otherwise, in order: an article whose text credits its own outlet
 * as the reporter ("Axios has learned" in an Axios article) precedes one that does not; a passage
 * that credits its source (an upstream credit in its line, or a wire credit on its article)
 * precedes one that repeats it without credit; then the article whose id sorts first. Thread safe.
 */
final class PublicationOrder {

  /**
   * One side of a shared passage.
   *
   * @param articleId the article
   * @param published its publication time, or null when unknown
   * @param selfCredited whether its text names its own outlet as the reporter
   * @param credits whether the passage's line credits an upstream source or the article is wire copy
   */
  record Side(String articleId, Instant published, boolean selfCredited, boolean credits) {}

  private PublicationOrder() {}

  /** Negative when {@code x} came first. */
  static int compare(Side x, Side y) {
    if (datesDecide(x, y)) {
      return x.published().compareTo(y.published());
    }
    if (x.selfCredited() != y.selfCredited()) {
      return x.selfCredited() ? -1 : 1;
    }
    if (x.credits() != y.credits()) {
      return x.credits() ? -1 : 1;
    }
    return x.articleId().compareTo(y.articleId());
  }

  /** Why {@code first} was taken to precede {@code second}, for a reason. */
  static String why(Side first, Side second) {
    if (datesDecide(first, second)) {
      return first.articleId() + " was published first";
    }
    String unknown = first.published() == null || second.published() == null
        ? "publication order unknown"
        : "published at the same time";
    if (first.selfCredited() != second.selfCredited()) {
      return unknown + "; " + first.articleId() + " names its own outlet as the reporter";
    }
    if (first.credits() != second.credits()) {
      return unknown + "; " + first.articleId() + " credits its source";
    }
    return unknown + "; " + first.articleId() + " taken as first by id order";
  }

  private static boolean datesDecide(Side x, Side y) {
    return x.published() != null && y.published() != null && !x.published().equals(y.published());
  }

  /** An ISO-8601 date or date-time as an instant (a bare date is its start, UTC), or null. */
  static Instant parse(String published) {
    if (published == null || published.isBlank()) {
      return null;
    }
    String s = published.strip();
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
