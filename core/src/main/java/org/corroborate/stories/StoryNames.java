package org.corroborate.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.Claim;
import org.corroborate.model.Token;

/**
 * The proper names each article's claims use, each a whole run of proper nouns ("yamada bridge", "luis
 * novak", "anthropic"), to tell whether two articles can be about one story. Whole runs, because single
 * words of names recur across unrelated stories ("bridge" in two bridges' names, a common first name).
 * Two claims of different articles are one claim, or contradict each other, only when they speak of the
 * same thing: "387 toaster ovens were recalled" and "810 toaster ovens were recalled" are no dispute, and
 * two articles' "No one was hurt in the fire" are not one fact confirmed twice, when one article is about
 * one company's fire and the other about another's. Articles that both name someone or something and have
 * no whole name in common are taken to be about different stories; an article that names nothing gives
 * no evidence either way. The cluster and contradictions stages both ask it, so that what cannot be
 * disputed across two stories cannot be confirmed across them either. Immutable once built; thread safe.
 */
public final class StoryNames {
  /** Names of days and months: tagged as proper nouns, they name a time, not who or what a story is about. */
  private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december");

  /**
   * Whole names two articles must share to be about one story (fewer when one names fewer). One, though
   * a company, a town or an official turns up in several stories: on the generated 1,000-article corpus
   * two cut the contradictions reported from 11,422 to 3,675 but lost true ones between short articles
   * that name little beside the company (BENCHMARKS.md, "Contradictions across stories").
   */
  public static final int SHARED_NAMES = 1;

  private final Map<String, Set<String>> namesOf = new HashMap<>();
  /** Names that recur across stories ({@link SharedAcrossStories}). */
  private final SharedAcrossStories acrossStories;

  /** The names of each article whose claims are given (its tokens tagged by the claims stage). */
  public StoryNames(List<Claim> claims) {
    for (Claim c : claims) {
      Set<String> names = namesOf.computeIfAbsent(c.articleId(), k -> new HashSet<>());
      StringBuilder run = new StringBuilder();
      int words = 0;
      boolean startsSentence = false;
      for (Token t : c.tokens()) {
        String word = t.text().toLowerCase(Locale.ROOT);
        if (t.pos() != null && t.pos().startsWith("NNP") && t.text().chars().anyMatch(Character::isLetter)
            && !CALENDAR.contains(word)) {
          if (words == 0) {
            startsSentence = t.start() == c.sentenceStart();
          }
          run.append(words++ == 0 ? "" : " ").append(word);
        } else {
          end(run, words, startsSentence, names);
          words = 0;
        }
      }
      end(run, words, startsSentence, names);
    }
    acrossStories = SharedAcrossStories.of(namesOf);
  }

  /**
   * Ends a run of proper nouns. A single capitalised word that opens a sentence is no evidence of a name
   * when it is also a common word ("Fire tore through ...", "Smoke sent ..."): taggers often read such a
   * common noun as a proper one. One the dictionary does not know as a common word is a name all the same
   * ("Eastmont bridge to close", a headline that names its town only in its first word).
   */
  private static void end(StringBuilder run, int words, boolean startsSentence, Set<String> names) {
    if (words > 1 || words == 1 && (!startsSentence || !CommonWords.isCommon(run.toString()))) {
      names.add(run.toString());
    }
    run.setLength(0);
  }

  /**
   * Whether the two articles may be about one story: one of them names nothing, or they share {@link
   * #SHARED_NAMES} whole names (or every name of the one that names fewer).
   */
  public boolean mayShareStory(String articleA, String articleB) {
    if (articleA.equals(articleB)) {
      return true;
    }
    Set<String> a = namesOf.getOrDefault(articleA, Set.of());
    Set<String> b = namesOf.getOrDefault(articleB, Set.of());
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int needed = Math.min(SHARED_NAMES, small.size());
    int shared = 0;
    boolean sharedOnlyAcross = true;
    boolean linked = false;
    for (String n : small) {
      if (large.contains(n)) {
        shared++;
        boolean across = acrossStories.contains(n);
        sharedOnlyAcross &= across;
        linked |= across && acrossStories.sameGroup(n, articleA, articleB);
      }
    }
    if (shared < needed) {
      return false;
    }
    // a name that recurs across stories (the Red Cross in every flood) is no evidence of one story when
    // each article also names something of its own that the other does not share, unless other names
    // link the two articles through others of that name's articles (one flood's coverage)
    return !sharedOnlyAcross || linked || !namesOwnStory(a) || !namesOwnStory(b);
  }

  /** Whether the article names something that does not recur across stories. */
  private boolean namesOwnStory(Set<String> names) {
    for (String n : names) {
      if (!acrossStories.contains(n)) {
        return true;
      }
    }
    return false;
  }
}
