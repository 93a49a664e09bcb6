package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which names the corpus itself ties together: two names are associated when they are mentioned
 * together in at least {@link #MIN_CLAIMS} claims from at least {@link #MIN_ARTICLES} different
 * articles (an official and the body they lead, a chief executive and the company). Two claims
 * that name associated actors are not kept apart for naming different ones: "Hegseth set a Friday
 * deadline" and "The Pentagon set a Friday deadline" may still merge, while "Lisbon" and "Madrid"
 * in otherwise equal claims keep them apart. Names the corpus shows on opposite sides of one claim
 * (one the subject, the other named after the verb: "The Pentagon set a deadline for Anthropic")
 * are parties to something, not one actor, and are never associated. Built once per run; thread
 * safe once built (it memoises answers in a concurrent map).
 */
final class NameAssociations {
  /** Claims that must mention both names. */
  static final int MIN_CLAIMS = 2;
  /** Articles those claims must come from. */
  static final int MIN_ARTICLES = 2;

  private final Map<String, List<Integer>> claimsNaming = new HashMap<>();
  private final List<String> articleOf = new ArrayList<>();
  private final Map<String, Boolean> memo = new java.util.concurrent.ConcurrentHashMap<>();
  private final Set<String> opposed = new HashSet<>();
  /** The words each name word shares a multi-word name with somewhere in the corpus. */
  private final Map<String, Set<String>> runMates = new HashMap<>();

  NameAssociations(List<ClaimProfile> profiles) {
    for (int i = 0; i < profiles.size(); i++) {
      ClaimProfile p = profiles.get(i);
      articleOf.add(p.claim().articleId());
      for (String name : p.names().keySet()) {
        claimsNaming.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
      }
      for (var e : p.names().entrySet()) {
        if (e.getValue().isEmpty()) {
          continue;
        }
        for (var f : p.names().entrySet()) {
          if (f.getValue().equals(e.getValue())) {
            runMates.computeIfAbsent(e.getKey(), k -> new java.util.TreeSet<>()).add(f.getKey());
          }
        }
      }
      for (String actor : p.actor()) {
        for (String object : p.objects()) {
          if (!p.actor().contains(object)) {
            opposed.add(key(actor, object));
          }
        }
      }
    }
  }

  boolean associated(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    String key = key(x, y);
    if (opposed.contains(key)) {
      return false;
    }
    Boolean known = memo.get(key);
    if (known == null) {
      known = count(x, y);
      memo.put(key, known);
    }
    return known;
  }

  private static String key(String x, String y) {
    return x.compareTo(y) < 0 ? x + "\u0000" + y : y + "\u0000" + x;
  }

  /**
   * Whether two names, each given as the stems of its whole run, are one actor: a stem of one is
   * associated with a stem of the other, or WordNet's gloss of one names a word of the other's run
   * or of a longer name the corpus writes it in ("Pentagon", "the headquarters of the ...
   * Department of Defense", meets "Hegseth", written "Defense Secretary Pete Hegseth" elsewhere).
   * Glosses are read only when {@code wordNet} is on.
   */
  boolean sameActor(java.util.Collection<String> x, java.util.Collection<String> y, boolean wordNet) {
    for (String a : x) {
      for (String b : y) {
        if (associated(a, b)) {
          return true;
        }
      }
    }
    return wordNet && (glossNames(x, withRunMates(y)) || glossNames(y, withRunMates(x)));
  }

  /** The words and every word they share a multi-word name with in the corpus ("hegseth": "defense", ...). */
  private java.util.Collection<String> withRunMates(java.util.Collection<String> words) {
    Set<String> out = new java.util.TreeSet<>(words);
    for (String w : words) {
      out.addAll(runMates.getOrDefault(w, Set.of()));
    }
    return out;
  }

  /** A gloss word of a name in {@code x} begins with a stem (four letters or more) of {@code y}. */
  private static boolean glossNames(java.util.Collection<String> x, java.util.Collection<String> y) {
    for (String a : x) {
      for (String word : Synonyms.shared().properGlossWords(a)) {
        for (String stem : y) {
          if (stem.length() >= 4 && word.startsWith(stem)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the corpus shows the two as the subject and a party named after the verb of one claim. */
  boolean opposed(String x, String y) {
    return opposed.contains(key(x, y));
  }

  private boolean count(String x, String y) {
    List<Integer> cx = claimsNaming.getOrDefault(x, List.of());
    List<Integer> cy = claimsNaming.getOrDefault(y, List.of());
    int i = 0;
    int j = 0;
    int claims = 0;
    Set<String> articles = new HashSet<>();
    while (i < cx.size() && j < cy.size()) {
      int c = Integer.compare(cx.get(i), cy.get(j));
      if (c == 0) {
        claims++;
        articles.add(articleOf.get(cx.get(i)));
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return claims >= MIN_CLAIMS && articles.size() >= MIN_ARTICLES;
  }
}
