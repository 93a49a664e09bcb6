package org.corroborate.claims;

/**
 * The table entries of a token's {@link ChunkFeatures#COUNT} chunker predicates, in the generator's
 * order: each predicate's key in numbers ({@link ChunkFeatures#key}) is looked up in a
 * {@link ChunkMemo} first, and only those not held are found in the {@link MaxentTable} (in one
 * batch) and then held. The entries are those {@link MaxentTable#find} gives for the predicates'
 * parts, so the sums and the chunks are unchanged.
 *
 * <p>Measured: the table's hash, probe and character compare (mostly cache misses in its 8 MB of
 * entries and their slots) were about three quarters of {@link GreedyChunker}'s CPU on the seeds, and
 * most predicates (tag n-grams, chunk tags, and the frequent words with them) recur from token to
 * token. Finding a token's 41 entries and summing them took 0.52 of the CPU of the table's lookups on
 * 400 generated articles with the memo starting empty (0.54 on the seeds, warm); memoising the tag and
 * chunk-tag predicates alone, 0.68. The seeds fill the memo with 53970 keys (1547 words, 58 tags and
 * chunk tags). Not thread safe (its buffers; the memo is): one per chunker.
 */
final class ChunkLookup {
  private final MaxentTable table;
  private final ChunkFeatures features = new ChunkFeatures();
  private final MaxentTable.Batch batch = new MaxentTable.Batch(ChunkFeatures.COUNT, ChunkFeatures.MAX_PARTS);
  private final ChunkMemo memo;
  private final int[] entries = new int[ChunkFeatures.COUNT];
  private final long[] keys = new long[ChunkFeatures.COUNT];
  /** The current token's predicates' keys, in order. */
  private final long[] predicateKeys = new long[ChunkFeatures.COUNT];
  /** A sum of what {@link SharedEntryMemo#prefetch} read, so that its reads are not optimised away. */
  private long prefetched;
  /** Which predicate each of the batch's predicates is. */
  private final int[] missed = new int[ChunkFeatures.COUNT];
  private int[] wordIds = new int[64];
  private int[] tagIds = new int[64];
  private int[] chunkIds = new int[64];

  /** A lookup in {@code table} through {@code memo}, which must hold entries of that table only. */
  ChunkLookup(MaxentTable table, ChunkMemo memo) {
    this.table = table;
    this.memo = memo;
  }

  /** Starts a sentence: gives its words and tags ids. */
  void sentence(String[] tokens, String[] tags) {
    int n = tokens.length;
    if (wordIds.length < n) {
      wordIds = new int[n];
      tagIds = new int[n];
      chunkIds = new int[n];
    }
    for (int i = 0; i < n; i++) {
      wordIds[i] = memo.words().id(String.valueOf(tokens[i]));
      tagIds[i] = memo.tags().id(String.valueOf(tags[i]));
    }
  }

  /**
   * The entries (-1 for a predicate the model does not know) of token {@code i}'s predicates, after
   * {@link #sentence} on the same tokens and tags, with {@code chunks[0..i)} the chunk tags so far,
   * for tokens 0 to i in turn. In a buffer that the next call overwrites.
   */
  int[] entries(int i, String[] tokens, String[] tags, String[] chunks) {
    if (i > 0) {
      chunkIds[i - 1] = memo.tags().id(String.valueOf(chunks[i - 1]));
    }
    features.ids(i, tokens.length, wordIds, tagIds, chunkIds);
    SharedEntryMemo held = memo.entries();
    for (int p = 0; p < ChunkFeatures.COUNT; p++) {
      predicateKeys[p] = features.key(p);
    }
    prefetched += held.prefetch(predicateKeys, ChunkFeatures.COUNT);
    int misses = 0;
    boolean spelled = false;
    for (int p = 0; p < ChunkFeatures.COUNT; p++) {
      long key = predicateKeys[p];
      int entry = key < 0 ? SharedEntryMemo.ABSENT : held.get(key);
      if (entry == SharedEntryMemo.ABSENT) {
        if (!spelled) {
          features.at(i, tokens, tags, chunks);
          spelled = true;
        }
        batch.counts[misses] = features.parts(p, batch.parts[misses]);
        keys[misses] = key;
        missed[misses++] = p;
      } else {
        entries[p] = entry;
      }
    }
    table.findAll(batch, misses);
    for (int m = 0; m < misses; m++) {
      entries[missed[m]] = batch.entries[m];
      if (keys[m] >= 0) {
        held.put(keys[m], batch.entries[m]);
      }
    }
    return entries;
  }
}
