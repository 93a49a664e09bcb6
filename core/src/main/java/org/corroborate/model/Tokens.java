package org.corroborate.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A claim's tokens packed into two arrays (offsets; word, tag and lemma), about 20 bytes a token
 * instead of a 32-byte record and its list slot: a corpus holds every claim's tokens through the
 * clustering, sources and contradictions stages (about 670,000 at 10,000 generated articles).
 * Immutable; {@link #get} builds the record on each call, equal to the one packed.
 */
final class Tokens extends AbstractList<Token> implements RandomAccess {
  private final int[] offsets;
  private final String[] strings;

  private Tokens(int[] offsets, String[] strings) {
    this.offsets = offsets;
    this.strings = strings;
  }

  /** The tokens packed, or the empty list. */
  static List<Token> pack(List<Token> tokens) {
    if (tokens instanceof Tokens packed) {
      return packed;
    }
    if (tokens.isEmpty()) {
      return List.of();
    }
    int n = tokens.size();
    int[] offsets = new int[2 * n];
    String[] strings = new String[3 * n];
    for (int i = 0; i < n; i++) {
      Token t = Objects.requireNonNull(tokens.get(i), "token");
      offsets[2 * i] = t.start();
      offsets[2 * i + 1] = t.end();
      strings[3 * i] = t.text();
      strings[3 * i + 1] = t.pos();
      strings[3 * i + 2] = t.lemma();
    }
    return new Tokens(offsets, strings);
  }

  @Override
  public Token get(int index) {
    Objects.checkIndex(index, offsets.length / 2);
    return new Token(strings[3 * index], offsets[2 * index], offsets[2 * index + 1], strings[3 * index + 1],
        strings[3 * index + 2]);
  }

  @Override
  public int size() {
    return offsets.length / 2;
  }
}
