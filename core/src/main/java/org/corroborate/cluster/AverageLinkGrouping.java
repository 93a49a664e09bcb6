package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups items from scored links without chaining. Links are taken best first; the link's two
 * groups merge only when the average similarity over every pair across them reaches the link
 * threshold and no pair across them falls below the member floor. So A like B and B like C does
 * not pull an unrelated C in with A: the pair (A, C) must hold up too. Pairs that were never
 * retrieved as candidates are scored on demand. Deterministic for a given order of links. Not
 * thread safe.
 *
 * <p>The work per link is bounded without changing any answer: a link between two groups that were
 * already refused, and have not changed since, is refused again without a look at their pairs; a
 * pair already scored below the floor (or incompatible) refuses the average (or the star) before
 * any other pair is scored; and each group keeps its centres (the members stated within every
 * other member), so the star is checked against those only.
 *
 * <p>The work per decision is bounded by the size of the groups too: when the two groups have more
 * than {@link #EXHAUSTIVE_PAIRS} pairs across them, the average and the floor are decided on the
 * pairs across two samples ({@link #sample}): each side's members evenly spaced in position order and
 * its centres, at most {@link #SAMPLE_MEMBERS} of each. Deciding on every pair cost members times
 * members pair lookups (most of them scored on demand) per decision, which grew with the square of a
 * group's size: at 100,000 generated articles, where claims of events that share names form groups of
 * hundreds, grouping took about a fifth of the scan's CPU. A sample drawn so is the same for the same
 * groups, so the result stays deterministic; below the bound nothing changes.
 */
final class AverageLinkGrouping {

  /** The pair scores grouping reads; the methods that take no "known" score on demand. */
  interface Pairs {
    /** A similarity in [0, 1]: 0 when the two may not be in one group. */
    double linkage(int a, int b);

    /** {@link #linkage} of a pair scored already, or a negative number when it was never scored. */
    double knownLinkage(int a, int b);

    /** Whether two items may be in one group at all. */
    boolean compatible(int a, int b);

    /** Whether the pair was scored already and is not {@link #compatible}. */
    boolean knownIncompatible(int a, int b);

    /** Whether item {@code inner} is stated within the compatible item {@code outer}. */
    boolean statedWithin(int inner, int outer);
  }

  /** Pairs across two groups at or under which every pair decides the average. */
  static final int EXHAUSTIVE_PAIRS = 256;

  /** Members of each side, evenly spaced in position order, in a sample; as many of its centres again at most. */
  static final int SAMPLE_MEMBERS = 16;

  private final int[] groupOf;
  /**
   * Per group, its members; null for a group that is still its one item (no list per item: most
   * items of a large corpus never merge, and a boxed one-element list each was about 100 bytes).
   */
  private final List<List<Integer>> members;
  /** Per group, the members stated within every other member (a singleton is its own centre; null for it). */
  private final List<List<Integer>> centres;
  /** Per group, the number of merges done when it last changed. */
  private final int[] changed;
  /** Per group, its last {@link #sample}, or null; kept until the group changes. */
  private final Map<Integer, List<Integer>> samples = new HashMap<>();
  /** Refused group pairs (key of the two group ids) to the number of merges done when refused. */
  private final Map<Long, Integer> refused = new HashMap<>();
  private int merges;
  private final Pairs pairs;
  private final double threshold;
  private final double floor;

  /**
   * A grouping by average link that also accepts a star: two groups merge when one member of the merged group
   * (the centre) is stated within every other member and every pair is compatible,
   * even where the average falls short (several longer claims that each state one short claim,
   * each adding a different detail).
   */
  AverageLinkGrouping(int size, Pairs pairs, double threshold, double floor) {
    this.pairs = pairs;
    groupOf = new int[size];
    changed = new int[size];
    members = new ArrayList<>(java.util.Collections.nCopies(size, (List<Integer>) null));
    centres = new ArrayList<>(java.util.Collections.nCopies(size, (List<Integer>) null));
    for (int i = 0; i < size; i++) {
      groupOf[i] = i;
    }
    this.threshold = threshold;
    this.floor = floor;
  }

  /** Considers a link between two items; merges their groups when the whole groups agree. */
  boolean offer(int a, int b) {
    int ga = groupOf[a];
    int gb = groupOf[b];
    if (ga == gb) {
      return false;
    }
    long pair = ScoredPairs.key(ga, gb);
    Integer when = refused.get(pair);
    if (when != null && changed[ga] <= when && changed[gb] <= when) {
      return false;
    }
    List<Integer> ma = members(ga);
    List<Integer> mb = members(gb);
    List<Integer> star = null;
    boolean whole = (long) ma.size() * mb.size() <= EXHAUSTIVE_PAIRS;
    if (!(whole ? averageHolds(ma, mb) : averageHolds(sample(ga), sample(gb)))) {
      star = star(ga, gb);
      if (star.isEmpty()) {
        refused.put(pair, merges);
        return false;
      }
    }
    int keep = ma.size() >= mb.size() ? ga : gb;
    int drop = keep == ga ? gb : ga;
    List<Integer> merged = star != null ? star : mergedCentres(ga, gb);
    List<Integer> dropped = members(drop);
    for (int y : dropped) {
      groupOf[y] = keep;
    }
    List<Integer> kept = members.get(keep);
    if (kept == null) {
      kept = new ArrayList<>();
      kept.add(keep);
      members.set(keep, kept);
    }
    kept.addAll(dropped);
    members.set(drop, List.of());
    centres.set(keep, merged);
    centres.set(drop, List.of());
    samples.remove(keep);
    samples.remove(drop);
    merges++;
    changed[keep] = merges;
    changed[drop] = merges;
    return true;
  }

  /**
   * The members of group {@code g} that stand for it in a decision on a sample: at most {@link
   * #SAMPLE_MEMBERS} members evenly spaced in position order (the first included) and at most as
   * many of its centres, evenly spaced too, in increasing order without repeats.
   */
  private List<Integer> sample(int g) {
    return samples.computeIfAbsent(g, x -> union(evenlySpaced(members(x)), evenlySpaced(centres(x))));
  }

  /** The {@link #sample} of the group that holds {@code item}. */
  List<Integer> sampleOf(int item) {
    return sample(groupOf[item]);
  }

  /** At most {@link #SAMPLE_MEMBERS} items of a list, evenly spaced in increasing order, the smallest included. */
  private static List<Integer> evenlySpaced(List<Integer> items) {
    List<Integer> sorted = new ArrayList<>(items);
    sorted.sort(null);
    int n = sorted.size();
    if (n <= SAMPLE_MEMBERS) {
      return sorted;
    }
    List<Integer> out = new ArrayList<>(SAMPLE_MEMBERS);
    for (int i = 0; i < SAMPLE_MEMBERS; i++) {
      out.add(sorted.get((int) ((long) i * n / SAMPLE_MEMBERS)));
    }
    return out;
  }

  /** The union of two sorted lists without repeats, sorted. */
  private static List<Integer> union(List<Integer> a, List<Integer> b) {
    List<Integer> out = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      int next;
      if (j >= b.size() || (i < a.size() && a.get(i) <= b.get(j))) {
        next = a.get(i++);
      } else {
        next = b.get(j++);
      }
      if (out.isEmpty() || out.get(out.size() - 1) != next) {
        out.add(next);
      }
    }
    return out;
  }

  private boolean averageHolds(List<Integer> ma, List<Integer> mb) {
    for (int x : ma) {
      for (int y : mb) {
        double known = pairs.knownLinkage(x, y);
        if (known >= 0 && known < floor) {
          return false;
        }
      }
    }
    double sum = 0;
    for (int x : ma) {
      for (int y : mb) {
        double s = pairs.linkage(x, y);
        if (s < floor) {
          return false;
        }
        sum += s;
      }
    }
    return sum / ((double) ma.size() * mb.size()) >= threshold;
  }

  /**
   * The centres of the two groups merged as a star, or empty when they may not merge so: some pair
   * across them is incompatible, or no member would be stated within every other member.
   */
  private List<Integer> star(int ga, int gb) {
    List<Integer> ma = members(ga);
    List<Integer> mb = members(gb);
    if (centres(ga).isEmpty() && centres(gb).isEmpty()) {
      return List.of();
    }
    for (int x : ma) {
      for (int y : mb) {
        if (pairs.knownIncompatible(x, y)) {
          return List.of();
        }
      }
    }
    List<Integer> merged = mergedCentres(ga, gb);
    if (merged.isEmpty()) {
      return merged;
    }
    for (int x : ma) {
      for (int y : mb) {
        if (!pairs.compatible(x, y)) {
          return List.of();
        }
      }
    }
    return merged;
  }

  /** The centres of the union of two groups: a centre of one stated within every member of the other. */
  private List<Integer> mergedCentres(int ga, int gb) {
    List<Integer> out = new ArrayList<>();
    addCentres(centres(ga), members(gb), out);
    addCentres(centres(gb), members(ga), out);
    return out;
  }

  /** The members of group {@code g}. */
  private List<Integer> members(int g) {
    List<Integer> m = members.get(g);
    return m == null ? List.of(g) : m;
  }

  /** The centres of group {@code g}. */
  private List<Integer> centres(int g) {
    List<Integer> c = centres.get(g);
    return c == null ? List.of(g) : c;
  }

  private void addCentres(List<Integer> candidates, List<Integer> others, List<Integer> out) {
    for (int c : candidates) {
      boolean reachesAll = true;
      for (int y : others) {
        if (!pairs.statedWithin(c, y)) {
          reachesAll = false;
          break;
        }
      }
      if (reachesAll) {
        out.add(c);
      }
    }
  }

  /** The groups, each sorted, in order of their smallest member. */
  List<List<Integer>> groups() {
    List<List<Integer>> out = new ArrayList<>();
    for (int g = 0; g < members.size(); g++) {
      List<Integer> m = members(g);
      if (!m.isEmpty()) {
        List<Integer> sorted = new ArrayList<>(m);
        sorted.sort(null);
        out.add(sorted);
      }
    }
    out.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
    return out;
  }
}
