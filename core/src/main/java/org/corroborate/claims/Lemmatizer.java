package org.corroborate.claims;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A rule lemmatizer for Penn-tagged English: an irregular-form table plus suffix rules chosen by
 * the tag, with a cache of (word, tag) pairs already seen. Chosen over OpenNLP's LemmatizerME,
 * which costs several times the POS tagger per token (see docs/claims-design.md). Not thread safe
 * (the cache): one per tagger.
 */
final class Lemmatizer {
  /** Cache entries kept before the cache is cleared, so memory stays bounded on huge corpora. */
  static final int CACHE_LIMIT = 200_000;

  private static final Map<String, String> IRREGULAR = irregular();
  private final Map<String, String> cache = new HashMap<>();

  String lemma(String word, String tag) {
    String key = tag + '\u0000' + word;
    String hit = cache.get(key);
    if (hit != null) {
      return hit;
    }
    String lemma = compute(word.toLowerCase(Locale.ROOT), tag);
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(key, lemma);
    return lemma;
  }

  static String compute(String w, String tag) {
    if (tag.startsWith("VB") || tag.equals("MD")) {
      String irr = IRREGULAR.get(w);
      if (irr != null) {
        return irr;
      }
      switch (tag) {
        case "VBZ":
          return nounOrVerbS(w);
        case "VBD", "VBN":
          return pastForm(w);
        case "VBG":
          return gerund(w);
        default:
          return w;
      }
    }
    if (tag.equals("NNS") || tag.equals("NNPS")) {
      String irr = IRREGULAR.get(w);
      return irr != null ? irr : nounOrVerbS(w);
    }
    return w;
  }

  private static String nounOrVerbS(String w) {
    if (w.length() <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
      return w;
    }
    if (w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes") || w.endsWith("zes")) {
      return w.substring(0, w.length() - 2);
    }
    return w.substring(0, w.length() - 1);
  }

  private static String pastForm(String w) {
    if (!w.endsWith("ed") || w.length() <= 4) {
      return w;
    }
    if (w.endsWith("ied")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    String stem = w.substring(0, w.length() - 2);
    return restoreE(stem);
  }

  private static String gerund(String w) {
    if (!w.endsWith("ing") || w.length() <= 5) {
      return w;
    }
    return restoreE(w.substring(0, w.length() - 3));
  }

  /** "stopp" -> "stop", "us" -> "use", "announc" -> "announce", "want" -> "want". */
  private static String restoreE(String stem) {
    int n = stem.length();
    if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
      return stem.substring(0, n - 1);
    }
    if (stem.endsWith("c") || stem.endsWith("iz") || stem.endsWith("is") || stem.endsWith("at") && n > 4
        || stem.endsWith("ut") || stem.endsWith("v") || stem.endsWith("rg") || stem.endsWith("dg")
        || stem.endsWith("ur") || stem.endsWith("us") && n <= 3 || stem.endsWith("ir") || stem.endsWith("ok")
        || stem.endsWith("bl") || stem.endsWith("pl") || stem.endsWith("tl") || stem.endsWith("ng") && n <= 4
        || n >= 2 && isConsonant(stem.charAt(n - 1)) && isVowel(stem.charAt(n - 2)) && n >= 3
            && isConsonant(stem.charAt(n - 3)) && n <= 4 && "wxy".indexOf(stem.charAt(n - 1)) < 0) {
      return stem + "e";
    }
    return stem;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  private static boolean isConsonant(char c) {
    return Character.isLetter(c) && !isVowel(c);
  }

  private static Map<String, String> irregular() {
    String[] rows = {
      "be am is are was were been being 's 're 'm",
      "have has had having 've 'd",
      "do does did done doing",
      "say says said saying", "tell told", "go went gone goes", "get got gotten", "make made", "take took taken",
      "give gave given", "come came", "know knew known", "think thought", "find found", "leave left",
      "hold held", "bring brought", "buy bought", "sell sold", "pay paid", "lead led", "meet met",
      "send sent", "spend spent", "build built", "begin began begun", "become became", "keep kept",
      "lose lost", "win won", "write wrote written", "see saw seen", "show showed shown", "rise rose risen",
      "fall fell fallen", "grow grew grown", "drive drove driven", "seek sought", "speak spoke spoken",
      "stand stood", "understand understood", "break broke broken", "choose chose chosen", "fight fought",
      "teach taught", "catch caught", "feel felt", "hear heard", "mean meant", "put", "set", "cut", "let",
      "hit", "cost", "quit", "shut", "spread", "bid", "run ran", "sit sat", "strike struck", "draw drew drawn",
      "throw threw thrown", "fly flew flown", "eat ate eaten", "forget forgot forgotten", "hide hid hidden",
      "ride rode ridden", "shoot shot", "sink sank sunk", "swear swore sworn", "tear tore torn",
      "wear wore worn", "withdraw withdrew withdrawn", "undertake undertook undertaken", "arise arose arisen",
      "will 'll wo", "can ca", "shall", "must", "may", "might", "could", "would", "should",
      "add added adding", "decline declined declining", "refuse refused refusing", "note noted noting", "state stated stating",
      "argue argued arguing", "use used using", "raise raised raising", "praise praised", "continue continued",
      "believe believed", "announce announced", "dispute disputed", "reiterate reiterated", "indicate indicated",
      "estimate estimated", "conclude concluded", "disclose disclosed", "promise promised", "pledge pledged",
      "release released", "acknowledge acknowledged", "emphasize emphasized", "issue issued", "decide decided",
      "approve approved", "agree agreed", "receive received", "require required", "provide provided",
      "serve served", "create created", "produce produced", "increase increased", "reduce reduced",
      "involve involved", "continue continuing", "rule ruled", "hope hoped", "close closed", "charge charged",
      "complete completed", "compete competed", "operate operated", "force forced", "place placed", "face faced",
      "accuse accused accusing accuses", "excuse excused excusing", "cause caused causing", "pause paused",
      "person people", "child children", "man men", "woman women", "criterion criteria", "datum data",
      "analysis analyses", "crisis crises",
    };
    Map<String, String> m = new HashMap<>();
    for (String row : rows) {
      String[] forms = row.split(" ");
      for (String f : forms) {
        m.put(f, forms[0]);
      }
    }
    m.put("n't", "not");
    return Map.copyOf(m);
  }
}
