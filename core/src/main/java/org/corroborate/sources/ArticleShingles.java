package org.corroborate.sources;

import java.util.Arrays;

/**
 * One article's word tokens (lower-cased letters and digits; an apostrophe inside a word is
 * dropped, so "we’re" and "we're" are one token) with their offsets, and the hash of each run of
 * {@link #WORDS} consecutive tokens (a shingle) by position. Immutable once built.
 */
final class ArticleShingles {
  /** Words per shingle: long enough that a shared shingle is rarely chance, short enough to survive light edits. */
  static final int WORDS = 5;

  final int[] starts;
  final int[] ends;
  /** shingles[i] hashes tokens i .. i + WORDS - 1; empty when the text has fewer than WORDS tokens. */
  final long[] shingles;

  private ArticleShingles(int[] starts, int[] ends, long[] tokenHashes) {
    this.starts = starts;
    this.ends = ends;
    int n = Math.max(0, tokenHashes.length - WORDS + 1);
    this.shingles = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < WORDS; j++) {
        h = Long.rotateLeft(h ^ tokenHashes[i + j], 23) * 0xBF58476D1CE4E5B9L;
      }
      shingles[i] = mix(h);
    }
  }

  static ArticleShingles of(String text) {
    int cap = 16;
    int[] s = new int[cap];
    int[] e = new int[cap];
    long[] h = new long[cap];
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      long hash = 0xcbf29ce484222325L;
      while (i < len) {
        cp = text.codePointAt(i);
        if (Character.isLetterOrDigit(cp)) {
          int lower = Character.toLowerCase(cp);
          hash = (hash ^ lower) * 0x100000001b3L;
          i += Character.charCount(cp);
        } else if ((cp == '\'' || cp == '\u2019') && i + 1 < len && Character.isLetter(text.codePointAt(i + 1))
            && i > start) {
          i++;
        } else {
          break;
        }
      }
      if (n == cap) {
        cap *= 2;
        s = Arrays.copyOf(s, cap);
        e = Arrays.copyOf(e, cap);
        h = Arrays.copyOf(h, cap);
      }
      s[n] = start;
      e[n] = i;
      h[n] = mix(hash);
      n++;
    }
    return new ArticleShingles(Arrays.copyOf(s, n), Arrays.copyOf(e, n), Arrays.copyOf(h, n));
  }

  int tokenCount() {
    return starts.length;
  }

  /** Index of the first token that starts at or after the offset. */
  int firstTokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Character offset where the shingle at position p ends. */
  int shingleEnd(int p) {
    return ends[p + WORDS - 1];
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
