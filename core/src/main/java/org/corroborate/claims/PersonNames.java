package org.corroborate.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people an article names ("Dario Amodei"), learnt sentence by sentence, so that a later
 * "Amodei" or "He" resolves to the full name. Not thread safe: one per article.
 */
final class PersonNames {
  /** Final words that make a capitalised run an organisation or a thing, not a person. */
  static final Set<String> NOT_PERSON = Set.of("act", "inc", "inc.", "corp", "corp.", "co", "co.", "company",
      "department", "ministry", "office", "university", "school", "agency", "news", "journal", "times", "post",
      "house", "council", "committee", "court", "bank", "group", "party", "association", "institute", "center",
      "centre", "board", "commission", "force", "army", "navy", "platform", "project", "program", "street",
      "states", "kingdom", "union", "systems", "technologies", "network", "networks", "store", "play", "ai", "llc");
  /** Titles that start a person's name whatever describes them before it ("the 52-year-old Mr. Okafor"). */
  private static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
  /** Pronouns that never stand for a person named before ("It", "They"). */
  private static final Set<String> OTHER_PRONOUNS = Set.of("it", "they", "we", "i", "you", "this", "that", "these",
      "those", "one");

  private final Map<String, String> byLastName = new HashMap<>();
  private final List<String> recent = new ArrayList<>();

  /** Learns the names in a tagged sentence (runs of two or more capitalised proper nouns). */
  void learn(TaggedSentence s) {
    int i = 0;
    while (i < s.size()) {
      if (!isNameWord(s, i)) {
        i++;
        continue;
      }
      int j = i;
      while (j < s.size() && isNameWord(s, j)) {
        j++;
      }
      if (j - i >= 2 && !NOT_PERSON.contains(s.lower[j - 1])) {
        String full = s.words[j - 2] + " " + s.words[j - 1];
        byLastName.putIfAbsent(s.words[j - 1], full);
      }
      i = j;
    }
  }

  private static boolean isNameWord(TaggedSentence s, int i) {
    String w = s.words[i];
    return s.tags[i].equals("NNP") && w.length() > 1 && Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(Character::isLetter) && !w.equals(w.toUpperCase(Locale.ROOT));
  }

  boolean isPersonWord(String w) {
    return byLastName.containsKey(w);
  }

  /**
   * The person or body the speaker at tokens [a, b) of a sentence names, or null: as {@link
   * #resolve(String)}, but a phrase whose head is a common noun names no one, even when capitalised at
   * the start of the sentence ("Farmers said ...", "Analysts estimated ...").
   */
  String resolve(TaggedSentence s, int a, int b) {
    if (b <= a) {
      return null;
    }
    String head = s.tags[b - 1];
    if ((head.equals("NN") || head.equals("NNS")) && !byLastName.containsKey(s.words[b - 1])) {
      return null;
    }
    return resolve(s.range(a, b));
  }

  /** The person a speaker phrase names, or null: "Amodei", "CEO Dario Amodei", "He". */
  String resolve(String speaker) {
    String trimmed = speaker == null ? "" : speaker.trim();
    if (trimmed.isEmpty()) {
      return null;
    }
    String[] words = WhitespaceRuns.split(trimmed);
    String last = words[words.length - 1];
    if (words.length == 1 && PRONOUNS.contains(last.toLowerCase(Locale.ROOT))) {
      return recent.isEmpty() ? null : recent.get(recent.size() - 1);
    }
    if (words.length == 1 && OTHER_PRONOUNS.contains(last.toLowerCase(Locale.ROOT))) {
      return null; // "It said ...": no one named
    }
    String full = byLastName.get(last);
    if (full != null && Character.isUpperCase(words[0].charAt(0))) {
      return full;
    }
    if (words.length >= 1 && Character.isUpperCase(last.charAt(0)) && !NOT_PERSON.contains(last.toLowerCase(Locale.ROOT))) {
      // a proper-noun head ("the Pentagon"): the name without its determiner
      int k = words.length - 1;
      while (k > 0 && Character.isUpperCase(words[k - 1].charAt(0))) {
        k--;
      }
      if (k < words.length - 1 && words[k].equals("The")) {
        k++; // "The Pentagon" at the start of a sentence is "Pentagon", as "the Pentagon" is
      }
      if (k == 0 || words[k - 1].equalsIgnoreCase("the") || TITLES.contains(words[k].toLowerCase(Locale.ROOT))) {
        return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
      }
    }
    return null;
  }

  /** Remembers a resolved person as the antecedent for a following "he" or "she". */
  void mentioned(String fullName) {
    if (fullName != null && byLastName.containsValue(fullName)) {
      recent.add(fullName);
    }
  }
}
