package org.corroborate.claims;

import java.util.Map;

/**
 * The sentences of one block of an article, tagged ahead of its extraction, possibly on another
 * thread ({@link ClaimExtractor#tagAhead}), to be handed to {@link ClaimExtractor#extract(
 * org.corroborate.model.Article, java.util.List)}. Tagging is most of the claims stage's work and
 * needs nothing but the block, while the stage's rules read an article's sentences in order: tagged
 * ahead, the blocks of a few articles share the threads evenly. Immutable (the sentences are), so it
 * may be handed from thread to thread.
 */
public final class TaggedAhead {
  final Map<Long, TaggedSentence> sentences;

  TaggedAhead(Map<Long, TaggedSentence> sentences) {
    this.sentences = Map.copyOf(sentences);
  }

  /** How many sentences (and sentence pieces the joiner looked at) were tagged. */
  public int size() {
    return sentences.size();
  }
}
