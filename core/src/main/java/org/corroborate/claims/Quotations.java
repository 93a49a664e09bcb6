package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Span;

/**
 * Direct quotations of one block (paragraph) as character ranges, and the speaker a quotation
 * spanning several sentences gives to each of them. A quote opened in one sentence and closed in a
 * later one ("“P1. P2,” a Defense official told Axios.") belongs, every sentence of it, to the
 * speaker named outside the quotation marks: after the closing mark in the sentence that closes it,
 * else before the opening mark in the sentence that opens it ("X stated: “P1. P2.”"), else the
 * speaker the opening sentence carried over from the paragraph before. Stateless and thread safe.
 */
final class Quotations {
  /** A quotation: [open, close) in the article's text; {@code closed} is false when the block ends first. */
  record Quote(int open, int close, boolean closed) {
    boolean contains(int start, int end) {
      return start >= open && end <= close;
    }

    boolean outside(int at) {
      return at < open || at >= close;
    }
  }

  private Quotations() {}

  /**
   * The quotations of text[start, end): curly and guillemet marks open and close, a straight
   * double quote toggles, as do the typographers' {@code ``} and {@code ''}. Single quotes are
   * apostrophes as often as not and are ignored.
   */
  static List<Quote> find(String text, int start, int end) {
    List<Quote> out = new ArrayList<>();
    int open = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean opening = c == '\u201c' || c == '\u00ab' || c == '`' && i + 1 < end && text.charAt(i + 1) == '`';
      boolean closing = c == '\u201d' || c == '\u00bb' || c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'';
      if (c == '"') {
        opening = open < 0;
        closing = open >= 0;
      }
      if (opening && open < 0) {
        open = i;
        if (c == '`') {
          i++;
        }
      } else if (closing && open >= 0) {
        int close = c == '\'' ? i + 2 : i + 1;
        out.add(new Quote(open, close, true));
        open = -1;
        if (c == '\'') {
          i++;
        }
      }
    }
    if (open >= 0) {
      out.add(new Quote(open, end, false));
    }
    return out;
  }

  /**
   * Gives every claim of drafts[from, size) that lies inside a quotation running over several
   * sentences the quotation's speaker (when it has none of its own) and marks it a quote.
   */
  static void attribute(List<ClaimExtractor.Draft> drafts, int from, String text, int blockStart, int blockEnd) {
    if (drafts.size() - from < 2) {
      return;
    }
    List<ClaimExtractor.Draft> block = drafts.subList(from, drafts.size());
    for (Quote q : find(text, blockStart, blockEnd)) {
      if (!spansSentences(q, block)) {
        continue;
      }
      ClaimExtractor.Draft by = speakerOf(q, block);
      for (int i = 0; i < block.size(); i++) {
        ClaimExtractor.Draft d = block.get(i);
        if (!q.contains(start(d), end(d))) {
          continue;
        }
        boolean takes = d.speaker() == null && by != null;
        block.set(i, new ClaimExtractor.Draft(d.sentenceStart(), d.sentence(), d.spans(), d.text(), d.tokens(),
            takes ? by.speaker() : d.speaker(), takes ? by.speakerName() : d.speakerName(), d.stance(),
            d.cited() == null && by != null && (takes || by.speaker().equals(d.speaker())) ? by.cited() : d.cited(),
            d.cues(), d.hedged(), d.negated(), d.headline(), true));
      }
    }
  }

  /**
   * The claim that names the speaker of a quotation: in the sentence that closes it, a speaker
   * named after the closing mark; else, in the sentence that opens it, one named before the
   * opening mark; else the speaker the opening sentence carried over. Null when there is none.
   */
  private static ClaimExtractor.Draft speakerOf(Quote q, List<ClaimExtractor.Draft> block) {
    ClaimExtractor.Draft opening = null;
    ClaimExtractor.Draft inherited = null;
    for (ClaimExtractor.Draft d : block) {
      if (d.speaker() == null) {
        continue;
      }
      int sentenceEnd = d.sentenceStart() + d.sentence().length();
      boolean closes = q.closed() && d.sentenceStart() > q.open() && q.close() <= sentenceEnd
          && d.sentenceStart() < q.close();
      boolean opens = d.sentenceStart() <= q.open() && q.open() < sentenceEnd;
      int at = d.sentence().indexOf(d.speaker());
      boolean outside = at >= 0 && q.outside(d.sentenceStart() + at);
      if (closes && outside) {
        return d;
      }
      if (opens && outside && opening == null) {
        opening = d;
      } else if (opens && !outside && inherited == null) {
        inherited = d;
      }
    }
    return opening != null ? opening : inherited;
  }

  /** Whether the quotation runs over more than one sentence of the block's claims. */
  private static boolean spansSentences(Quote q, List<ClaimExtractor.Draft> block) {
    for (ClaimExtractor.Draft d : block) {
      int sentenceEnd = d.sentenceStart() + d.sentence().length();
      if (d.sentenceStart() <= q.open() && q.open() < sentenceEnd && q.close() > sentenceEnd
          || d.sentenceStart() > q.open() && d.sentenceStart() < q.close()) {
        return true;
      }
    }
    return false;
  }

  private static int start(ClaimExtractor.Draft d) {
    int s = Integer.MAX_VALUE;
    for (Span sp : d.spans()) {
      s = Math.min(s, sp.start());
    }
    return s;
  }

  private static int end(ClaimExtractor.Draft d) {
    int e = 0;
    for (Span sp : d.spans()) {
      e = Math.max(e, sp.end());
    }
    return e;
  }
}
