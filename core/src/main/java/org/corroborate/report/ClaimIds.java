package org.corroborate.report;

import java.util.Comparator;

/** Orders ids so that "a#2" sorts before "a#10" and "c9" before "c10". */
public final class ClaimIds {
  private ClaimIds() {}

  /** Compares digit runs by value and everything else character by character. */
  public static final Comparator<String> NATURAL = ClaimIds::compareNatural;

  /** Orders claim ids by article, then by position in the article. */
  public static final Comparator<String> ORDER = NATURAL;

  private static int compareNatural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
        while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
        while (si < i - 1 && a.charAt(si) == '0') si++;
        while (sj < j - 1 && b.charAt(sj) == '0') sj++;
        int la = i - si;
        int lb = j - sj;
        if (la != lb) return Integer.compare(la, lb);
        for (int k = 0; k < la; k++) {
          int cmp = Character.compare(a.charAt(si + k), b.charAt(sj + k));
          if (cmp != 0) return cmp;
        }
      } else {
        if (ca != cb) return Character.compare(ca, cb);
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
