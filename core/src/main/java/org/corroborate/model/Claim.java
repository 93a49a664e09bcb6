package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * One checkable proposition, with the evidence that it stands in its article.
 *
 * @param id "&lt;article id&gt;#&lt;n&gt;", n counting from 1 in order of position
 * @param articleId the article it comes from
 * @param source the article's outlet
 * @param text the proposition as a standalone sentence
 * @param sentence the whole sentence it was taken from, as it stands in the article
 * @param sentenceStart where that sentence starts in the article's text
 * @param start start of the evidence: the smallest offset of {@code spans}
 * @param end end of the evidence: the largest end of {@code spans}
 * @param spans the pieces of the article the claim was assembled from, sorted
 * @param speaker who the claim is attributed to, as written, or null when the outlet says it
 * @param speakerName the speaker resolved to a name the article gives, or null
 * @param stance what the speaker does with the proposition
 * @param hedged whether a hedge weakens it ("reportedly", "may have")
 * @param negated whether the proposition itself is negated
 * @param headline whether it is the article's headline
 * @param cues the hedge, negation and attribution words that set the flags above
 * @param numbers numbers it mentions
 * @param dates dates and times it mentions
 * @param citedSource an upstream report or outlet it is credited to ("the Wall Street Journal",
 *     "Axios"), or null
 * @param quote whether the proposition is a direct quotation
 * @param tokens the tokens of the claim's spans, for the later stages' matching; empty once those
 *     stages are done (see {@link #withoutTokens()})
 */
public record Claim(
    String id,
    String articleId,
    String source,
    String text,
    String sentence,
    int sentenceStart,
    int start,
    int end,
    List<Span> spans,
    String speaker,
    String speakerName,
    Stance stance,
    boolean hedged,
    boolean negated,
    boolean headline,
    List<String> cues,
    List<Quantity> numbers,
    List<DateMention> dates,
    String citedSource,
    boolean quote,
    List<Token> tokens) {
  public Claim {
    Checks.nonBlank(id, "claim id");
    Checks.nonBlank(articleId, "articleId of " + id);
    Checks.nonBlank(source, "source of " + id);
    Checks.nonBlank(text, "text of " + id);
    Objects.requireNonNull(sentence, "sentence of " + id);
    // One string per distinct text: copies, wire stories and rewrites repeat sentences and claims
    // across articles (a third of the claim strings of 10,000 generated articles were duplicates,
    // held for the whole scan), and a claim that is its whole sentence shares the one string.
    // String.intern is thread safe and the values are unchanged.
    text = text.intern();
    sentence = sentence.intern();
    speaker = speaker == null ? null : speaker.intern();
    speakerName = speakerName == null ? null : speakerName.intern();
    citedSource = citedSource == null ? null : citedSource.intern();
    Checks.span(start, end, "claim " + id);
    spans = List.copyOf(spans);
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("claim " + id + " has no spans");
    }
    for (Span s : spans) {
      if (s.start() < start || s.end() > end) {
        throw new IllegalArgumentException("claim " + id + " span " + s + " lies outside [" + start + ", " + end + ")");
      }
    }
    Objects.requireNonNull(stance, "stance of " + id);
    cues = cues.stream().map(String::intern).toList();
    numbers = List.copyOf(numbers);
    dates = List.copyOf(dates);
    tokens = Tokens.pack(tokens);
  }

  /**
   * This claim without its tokens: for the report, once the stages that match on tokens (cluster,
   * contradictions) are done. Tokens take more memory than the rest of a claim.
   */
  public Claim withoutTokens() {
    return tokens.isEmpty() ? this : new Claim(id, articleId, source, text, sentence, sentenceStart, start, end, spans,
        speaker, speakerName, stance, hedged, negated, headline, cues, numbers, dates, citedSource, quote, List.of());
  }

  /** Whether this claim can count as support: asserted, not a denial or a refusal to comment. */
  public boolean supports() {
    return stance == Stance.ASSERTS;
  }
}
