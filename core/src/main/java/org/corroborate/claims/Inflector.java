package org.corroborate.claims;

import java.util.HashMap;
import java.util.Map;

/**
 * Finite forms of a verb from its lemma: the past tense and the third person singular present, from an
 * irregular table and the spelling rules of regular verbs. Used where a claim restates a participle as a
 * finite verb ("..., killing eight people" -> "killed eight people"). Stateless and thread safe.
 */
final class Inflector {
  private static final Map<String, String> PAST = pastTable();

  private Inflector() {}

  /** The form of {@code lemma} that agrees with a finite verb tagged {@code tag} (VBD, VBZ, VBP). */
  static String like(String lemma, String tag) {
    return switch (tag) {
      case "VBD" -> past(lemma);
      case "VBZ" -> thirdPerson(lemma);
      default -> lemma;
    };
  }

  static String past(String lemma) {
    String irregular = PAST.get(lemma);
    if (irregular != null) {
      return irregular;
    }
    int n = lemma.length();
    if (lemma.endsWith("e")) {
      return lemma + "d";
    }
    if (n > 1 && lemma.endsWith("y") && !vowel(lemma.charAt(n - 2))) {
      return lemma.substring(0, n - 1) + "ied";
    }
    if (n >= 3 && n <= 4 && !vowel(lemma.charAt(n - 1)) && "wxy".indexOf(lemma.charAt(n - 1)) < 0
        && vowel(lemma.charAt(n - 2)) && !vowel(lemma.charAt(n - 3))) {
      return lemma + lemma.charAt(n - 1) + "ed"; // "plan" -> "planned", "stop" -> "stopped"
    }
    return lemma + "ed";
  }

  static String thirdPerson(String lemma) {
    switch (lemma) {
      case "be" -> {
        return "is";
      }
      case "have" -> {
        return "has";
      }
      default -> {
        int n = lemma.length();
        if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
            || lemma.endsWith("z") || lemma.endsWith("o")) {
          return lemma + "es";
        }
        if (n > 1 && lemma.endsWith("y") && !vowel(lemma.charAt(n - 2))) {
          return lemma.substring(0, n - 1) + "ies";
        }
        return lemma + "s";
      }
    }
  }

  private static boolean vowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  private static Map<String, String> pastTable() {
    String[] pairs = {
      "be was", "have had", "do did", "say said", "tell told", "go went", "get got", "make made", "take took",
      "give gave", "come came", "know knew", "think thought", "find found", "leave left", "hold held",
      "bring brought", "buy bought", "sell sold", "pay paid", "lead led", "meet met", "send sent", "spend spent",
      "build built", "begin began", "become became", "keep kept", "lose lost", "win won", "write wrote",
      "see saw", "rise rose", "fall fell", "grow grew", "drive drove", "seek sought", "speak spoke",
      "stand stood", "understand understood", "break broke", "choose chose", "fight fought", "teach taught",
      "catch caught", "feel felt", "hear heard", "mean meant", "put put", "set set", "cut cut", "let let",
      "hit hit", "cost cost", "quit quit", "shut shut", "spread spread", "bid bid", "run ran", "sit sat",
      "strike struck", "draw drew", "throw threw", "fly flew", "eat ate", "forget forgot", "hide hid",
      "ride rode", "shoot shot", "sink sank", "swear swore", "tear tore", "wear wore", "withdraw withdrew",
      "undertake undertook", "arise arose", "lend lent", "bend bent", "deal dealt", "light lit", "slide slid",
      "bear bore", "wake woke", "sweep swept", "lay laid", "swing swung", "hang hung", "dig dug", "stick stuck",
      "shake shook", "forgive forgave", "oversee oversaw", "overtake overtook", "outrun outran", "sing sang",
      "ring rang", "drink drank", "freeze froze", "steal stole", "sleep slept", "beat beat", "bind bound",
      "feed fed", "flee fled", "forbid forbade", "shed shed", "split split", "upset upset", "burst burst",
      "cast cast", "broadcast broadcast", "forecast forecast", "hurt hurt", "read read", "rebuild rebuilt",
      "overcome overcame", "mislead misled", "uphold upheld", "withhold withheld", "bleed bled", "breed bred",
    };
    Map<String, String> m = new HashMap<>();
    for (String p : pairs) {
      String[] f = p.split(" ");
      m.put(f[0], f[1]);
    }
    return Map.copyOf(m);
  }
}
