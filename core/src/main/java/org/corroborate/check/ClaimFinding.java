package org.corroborate.check;

import java.util.List;
import java.util.Objects;

/**
 * One claim of a draft with its verdict.
 *
 * @param id the claim's id in the check ("&lt;draft&gt;#&lt;n&gt;")
 * @param text the claim
 * @param sentence the sentence it was taken from
 * @param start start of the evidence in the draft's text as read
 * @param end end of the evidence in the draft's text as read
 * @param line 1-based line, in the file as it is on disk, of the evidence's start: the claim's
 *     first span (a claim of several spans, such as one split from a shared subject, starts
 *     where its first piece does)
 * @param column 1-based column (UTF-16 code units) of the evidence's start on that line
 * @param endLine 1-based line of the evidence's end: the end of its last span
 * @param endColumn 1-based column just after the last span's last character
 * @param fingerprint stable id: a hash of the normalised claim text and its occurrence among
 *     identical texts in the draft
 * @param verdict what the corpus says of it
 * @param independentSources N, the independent corpus sources that back it
 * @param sources the names of those independent sources, sorted
 * @param support the corpus claims that back it
 * @param oppositions the corpus claims against it
 * @param failing whether this finding fails the check (its verdict is in fail-on, not waived)
 * @param waiver the waiver that applies, or null
 */
public record ClaimFinding(
    String id,
    String text,
    String sentence,
    int start,
    int end,
    int line,
    int column,
    int endLine,
    int endColumn,
    String fingerprint,
    Verdict verdict,
    int independentSources,
    List<String> sources,
    List<CorpusClaim> support,
    List<Opposition> oppositions,
    boolean failing,
    Waiver waiver) {
  public ClaimFinding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text of " + id);
    Objects.requireNonNull(sentence, "sentence of " + id);
    if (line < 1 || column < 1 || endLine < line) {
      throw new IllegalArgumentException("claim " + id + " has a bad position " + line + ":" + column + "-" + endLine + ":" + endColumn);
    }
    Objects.requireNonNull(fingerprint, "fingerprint of " + id);
    Objects.requireNonNull(verdict, "verdict of " + id);
    sources = List.copyOf(sources);
    support = List.copyOf(support);
    oppositions = List.copyOf(oppositions);
  }

  /** Whether it is anything but supported (a finding a report lists). */
  public boolean isFinding() {
    return verdict != Verdict.SUPPORTED;
  }
}
