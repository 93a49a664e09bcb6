package org.corroborate.embed;

/** Counts of a yes/no decision against gold labels, with the measures derived from them. */
public record Confusion(int tp, int fp, int fn, int tn) {
  public Confusion {
    if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + tp + " " + fp + " " + fn + " " + tn);
    }
  }

  /** Decisions {@code said} scored against {@code gold}; both arrays have one entry per pair. */
  public static Confusion of(boolean[] said, boolean[] gold) {
    if (said.length != gold.length) {
      throw new IllegalArgumentException("decisions and gold differ in length: " + said.length + " vs " + gold.length);
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < said.length; i++) {
      if (said[i] && gold[i]) {
        tp++;
      } else if (said[i]) {
        fp++;
      } else if (gold[i]) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Confusion(tp, fp, fn, tn);
  }

  public int total() {
    return tp + fp + fn + tn;
  }

  public double accuracy() {
    return total() == 0 ? 0 : (double) (tp + tn) / total();
  }

  /** 0 when nothing was said "same". */
  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  /** 0 when no pair is gold "same". */
  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }
}
