package org.corroborate.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of {@link ClaimLink}s packed into primitive arrays: each link is two positions
 * in a shared array of claim ids, its score and its kind, and a reference to its reason (one string
 * per distinct reason), about 21 bytes instead of a 40-byte record and its list slot. {@link #get}
 * builds the record on each call; the records are equal to the ones added. A clustering run of
 * 10,000 generated articles reports about a million links, held until the scan ends.
 */
public final class ClaimLinks extends AbstractList<ClaimLink> implements RandomAccess {
  private static final ClaimLink.Kind[] KINDS = ClaimLink.Kind.values();

  private final String[] ids;
  private final int[] first;
  private final int[] second;
  private final double[] scores;
  private final byte[] kinds;
  private final String[] reasons;

  private ClaimLinks(Builder b) {
    this.ids = b.ids;
    this.first = Arrays.copyOf(b.first, b.size);
    this.second = Arrays.copyOf(b.second, b.size);
    this.scores = Arrays.copyOf(b.scores, b.size);
    this.kinds = Arrays.copyOf(b.kinds, b.size);
    this.reasons = Arrays.copyOf(b.reasons, b.size);
  }

  private ClaimLinks(String[] ids, int[] first, int[] second, double[] scores, byte[] kinds, String[] reasons) {
    this.ids = ids;
    this.first = first;
    this.second = second;
    this.scores = scores;
    this.kinds = kinds;
    this.reasons = reasons;
  }

  /** The links of one kind, packed, in the same order. */
  public ClaimLinks ofKind(ClaimLink.Kind kind) {
    int n = 0;
    for (byte k : kinds) {
      if (k == kind.ordinal()) {
        n++;
      }
    }
    int[] f = new int[n];
    int[] s = new int[n];
    double[] sc = new double[n];
    byte[] k = new byte[n];
    String[] r = new String[n];
    int j = 0;
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == kind.ordinal()) {
        f[j] = first[i];
        s[j] = second[i];
        sc[j] = scores[i];
        k[j] = kinds[i];
        r[j] = reasons[i];
        j++;
      }
    }
    return new ClaimLinks(ids, f, s, sc, k, r);
  }

  @Override
  public ClaimLink get(int index) {
    Objects.checkIndex(index, first.length);
    return new ClaimLink(ids[first[index]], ids[second[index]], scores[index], KINDS[kinds[index]], reasons[index]);
  }

  @Override
  public int size() {
    return first.length;
  }

  /**
   * Collects links between claims given by their positions in a list of ids sorted in increasing
   * order; links must come in increasing order of (first, second) position, which is the order of
   * {@link ClaimLink#a()} then {@link ClaimLink#b()}. Not thread safe.
   */
  public static final class Builder {
    private final String[] ids;
    private final Map<String, String> distinctReasons = new HashMap<>();
    private int[] first = new int[16];
    private int[] second = new int[16];
    private double[] scores = new double[16];
    private byte[] kinds = new byte[16];
    private String[] reasons = new String[16];
    private int size;

    /** @param sortedIds the claim ids, in increasing order, that positions refer to */
    public Builder(List<String> sortedIds) {
      this.ids = sortedIds.toArray(new String[0]);
    }

    /** Adds the link between the claims at positions {@code a < b}, after every link added so far. */
    public Builder add(int a, int b, double score, ClaimLink.Kind kind, String reason) {
      if (a >= b) {
        throw new IllegalArgumentException("link positions must be ordered and distinct: " + a + ", " + b);
      }
      if (size > 0 && (a < first[size - 1] || (a == first[size - 1] && b <= second[size - 1]))) {
        throw new IllegalArgumentException("links must be added in increasing order: (" + a + ", " + b
            + ") after (" + first[size - 1] + ", " + second[size - 1] + ")");
      }
      String r = reason == null ? "" : reason;
      // the record checks its values: a bad link fails here, not when the list is read
      new ClaimLink(ids[a], ids[b], score, kind, r);
      if (size == first.length) {
        int n = size * 2;
        first = Arrays.copyOf(first, n);
        second = Arrays.copyOf(second, n);
        scores = Arrays.copyOf(scores, n);
        kinds = Arrays.copyOf(kinds, n);
        reasons = Arrays.copyOf(reasons, n);
      }
      first[size] = a;
      second[size] = b;
      scores[size] = score;
      kinds[size] = (byte) kind.ordinal();
      reasons[size] = r.isEmpty() ? "" : distinctReasons.computeIfAbsent(r, x -> x);
      size++;
      return this;
    }

    public ClaimLinks build() {
      return new ClaimLinks(this);
    }
  }
}
