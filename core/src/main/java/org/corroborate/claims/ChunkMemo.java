package org.corroborate.claims;

/**
 * What the chunkers of one model share to find their predicates' entries without the table: ids
 * for the tags and chunk tags ({@link #TAG_BITS} bits), ids for the words ({@link #WORD_BITS}), and
 * the entries found so far by predicate key ({@link ChunkFeatures#key}). One per model, kept with the
 * models ({@link NlpModels}), because an extractor, and with it its chunker, lives for one
 * extraction run: a memo of its own would start empty on every run. Thread safe.
 *
 * @param tags ids of the tags' and the chunk tags' spellings
 * @param words ids of the words' spellings
 * @param entries the entries found so far
 */
record ChunkMemo(SharedValueIds tags, SharedValueIds words, SharedEntryMemo entries) {
  /** The bits of a tag's or chunk tag's id: 255 spellings (a Penn tagger gives under 50, a chunker 23). */
  static final int TAG_BITS = 8;
  /** The bits of a word's id: 16383 spellings. */
  static final int WORD_BITS = 14;
  /** The memo's size: 2^18 slots, two megabytes, up to 131072 predicates. */
  static final int MEMO_BITS = 18;

  /** An empty memo of the default size. */
  ChunkMemo() {
    this(MEMO_BITS);
  }

  /** An empty memo of 2^{@code memoBits} slots (small ones for tests of a full memo). */
  ChunkMemo(int memoBits) {
    this(new SharedValueIds((1 << TAG_BITS) - 1), new SharedValueIds((1 << WORD_BITS) - 1),
        new SharedEntryMemo(memoBits));
  }
}
