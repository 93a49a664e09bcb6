package org.corroborate.contradict;

import java.util.Set;

/** Closed word classes this stage reads: function words and the cues of negation, hedging, time. */
final class Words {
  private Words() {}

  /** Function words: never content, never a candidate key. */
  static final Set<String> FUNCTION = Set.of(
      "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all",
      "both", "either", "such", "other", "another", "own", "same", "its", "it", "they", "them",
      "their", "he", "him", "his", "she", "her", "we", "us", "our", "you", "your", "i", "me", "my",
      "who", "whom", "whose", "which", "what", "there", "here", "be", "is", "are", "was", "were",
      "been", "being", "am", "have", "has", "had", "do", "does", "did", "of", "in", "on", "at",
      "to", "for", "from", "by", "with", "without", "about", "into", "onto", "over", "under",
      "after", "before", "during", "through", "across", "between", "among", "against", "around",
      "and", "or", "but", "if", "then", "than", "as", "so", "because", "while", "though",
      "although", "also", "just", "even", "very", "too", "more", "most", "much", "many", "up",
      "down", "out", "off", "s", "'s", "one", "get", "say", "said", "says", "tell", "told",
      "according", "can", "will", "would", "shall", "should", "must", "may", "might", "could",
      "currently", "now", "still", "already", "well", "like", "nearby");

  /** Words that negate what follows ("no", "never") or the clause ("not"). */
  static final Set<String> NEGATORS = Set.of(
      "not", "n't", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere",
      "cannot");

  /** Verbs whose clause says the action did not happen ("refused to", "failed to"). */
  static final Set<String> NEGATIVE_VERBS = Set.of("refuse", "fail", "decline");

  /**
   * Words whose meaning is negative without a negator ("prohibits supply" says what "no supply
   * should be made" says): a plain claim with one of them is no opposite of a negated claim.
   */
  static final Set<String> IMPLICIT_NEGATIVES = Set.of(
      "prohibit", "ban", "forbid", "bar", "prevent", "block", "halt", "stop", "refuse", "fail",
      "deny", "reject", "oppose", "avoid", "cancel", "cut", "drop", "suspend", "abandon", "lack",
      "miss", "refusal", "failure", "absence", "lose", "reverse", "u-turn", "withdraw", "scrap");

  /** Verbs of denial: "X denied that P". */
  static final Set<String> DENIAL_VERBS = Set.of("deny", "denied", "denies", "denying");

  /** Hedges: the claim is not stated plainly. */
  static final Set<String> HEDGES = Set.of(
      "reportedly", "allegedly", "may", "might", "could", "possibly", "perhaps", "probably",
      "likely", "apparently", "seemingly", "purportedly", "rumored", "rumoured", "unconfirmed",
      "suggest", "suggests", "appear", "appears", "seem", "seems");

  /** Words that put a claim in the past relative to now ("once", "previously"). */
  static final Set<String> PAST_MARKERS = Set.of(
      "once", "previously", "formerly", "former", "earlier", "until", "originally");

  /** Words that put the action in the future or leave it an intention. */
  static final Set<String> FUTURE_MARKERS = Set.of(
      "will", "would", "could", "plan", "plans", "planned", "planning", "intend", "intends",
      "expect", "expects", "expected", "aim", "aims", "seek", "seeks", "pursue", "pursuing",
      "discussion", "discussions", "talks", "negotiating", "negotiations", "consider",
      "considering", "soon", "future", "upcoming", "bring", "unclear", "whether", "if");

  /** Words stating exclusivity. */
  static final Set<String> EXCLUSIVE = Set.of(
      "only", "sole", "solely", "exclusive", "exclusively", "exclusivity", "monopoly");

  /** Words stating that a state ended ("ending Anthropic's exclusive status"). */
  static final Set<String> ENDING = Set.of("end", "ended", "ending", "ends", "lose", "lost",
      "loses", "losing", "break", "broke", "broken", "breaking", "over");

  /** Pronouns that stand for an earlier subject. */
  static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she", "this");

  /** Verbs that link a subject to a description ("was", "remained"). */
  static final Set<String> COPULAS = Set.of("be", "remain", "seem", "appear", "become", "stay", "look", "feel", "sound");
}
