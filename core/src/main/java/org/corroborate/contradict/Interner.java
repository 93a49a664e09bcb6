package org.corroborate.contradict;

import java.util.HashMap;
import java.util.Map;

/**
 * One shared copy of equal immutable values (a word's strings, a {@link ClaimFeatures.Word}) for one
 * run of the stage: the words of a corpus's claims repeat (copies, paraphrases, common words), and
 * the stage holds every claim's words while it judges pairs. Not thread safe.
 */
final class Interner {
  private final Map<Object, Object> kept;

  private Interner(Map<Object, Object> kept) {
    this.kept = kept;
  }

  /** An interner that keeps one copy of each value. */
  Interner() {
    this(new HashMap<>());
  }

  /** The copy of {@code value} kept for the run: the first value equal to it that was interned. */
  @SuppressWarnings("unchecked")
  <T> T intern(T value) {
    if (kept == null) {
      return value;
    }
    Object before = kept.putIfAbsent(value, value);
    return before == null ? value : (T) before;
  }

  /** An interner that keeps nothing: every value is its own copy. */
  static Interner none() {
    return new Interner(null);
  }
}
