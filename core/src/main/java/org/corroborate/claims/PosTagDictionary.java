package org.corroborate.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.TagDictionary;

/**
 * A POS model's tag dictionary as plain arrays: the words its training data saw with a closed set
 * of tags, sorted, and each word's tags in the dictionary's order. The beam tagger lets a listed word
 * take only one of its tags, as OpenNLP's {@code DefaultPOSSequenceValidator} does, so this is part
 * of the model: without it the tags change. Plain arrays so that it can be written to and read from
 * a model pack without OpenNLP's XML and its hash map of ~16k entries.
 *
 * <p>{@link #indexOf} finds what {@link POSDictionary#getTags} finds: the word itself when the
 * dictionary is case sensitive, otherwise the word lower-cased code point by code point with
 * {@link Character#toLowerCase(int)} (OpenNLP's {@code StringUtil.toLowerCase}; not
 * {@link String#toLowerCase}, which differs on a few letters such as the dotted capital I). A
 * case-insensitive dictionary holds its words lower-cased that way, as POSDictionary does. Immutable
 * and thread safe.
 */
final class PosTagDictionary {
  private final String[] words;
  private final String[][] tags;
  private final boolean caseSensitive;
  /** Open addressing over {@link #words}: a word's index plus one, 0 for an empty slot. */
  private final int[] slots;
  private final int shift;

  /**
   * A dictionary of {@code words} (strictly ascending in {@link String#compareTo} order, so each
   * once) and {@code tags[i]}, the tags of {@code words[i]}. The arrays are copied.
   */
  PosTagDictionary(String[] words, String[][] tags, boolean caseSensitive) {
    if (words.length != tags.length) {
      throw new IllegalArgumentException(words.length + " words but " + tags.length + " tag lists");
    }
    this.words = words.clone();
    this.tags = new String[tags.length][];
    this.caseSensitive = caseSensitive;
    for (int i = 0; i < words.length; i++) {
      if (i > 0 && words[i - 1].compareTo(words[i]) >= 0) {
        throw new IllegalArgumentException("words are not sorted and distinct at " + i + ": " + words[i]);
      }
      this.tags[i] = tags[i].clone();
    }
    int capacity = Integer.highestOneBit(Math.max(4, words.length * 2 - 1)) << 1;
    this.slots = new int[capacity];
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
    for (int i = 0; i < words.length; i++) {
      int slot = slot(words[i].hashCode());
      while (slots[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      slots[slot] = i + 1;
    }
  }

  /** A dictionary of every word of {@code entries} with its tags, the words sorted here. */
  static PosTagDictionary of(Map<String, String[]> entries, boolean caseSensitive) {
    TreeMap<String, String[]> sorted = new TreeMap<>(entries);
    return new PosTagDictionary(sorted.keySet().toArray(new String[0]), sorted.values().toArray(new String[0][]),
        caseSensitive);
  }

  /** The tag dictionary that {@code POSTaggerME} would use with {@code model} (none: an empty one). */
  static PosTagDictionary of(POSModel model) {
    return of(model.getFactory().getTagDictionary());
  }

  /**
   * The same lookups as {@code dictionary}, which must be a {@link POSDictionary} (the only kind that
   * lists its words) or null, which restricts no word and so is an empty dictionary.
   */
  static PosTagDictionary of(TagDictionary dictionary) {
    if (dictionary == null) {
      return new PosTagDictionary(new String[0], new String[0][], true);
    }
    if (!(dictionary instanceof POSDictionary pos)) {
      throw new IllegalArgumentException("cannot list the words of a " + dictionary.getClass().getName());
    }
    List<String> words = new ArrayList<>();
    pos.forEach(words::add);
    String[] sorted = words.toArray(new String[0]);
    Arrays.sort(sorted);
    String[][] tags = new String[sorted.length][];
    for (int i = 0; i < sorted.length; i++) {
      // The stored words of a case-insensitive dictionary are already lower-cased, and lower-casing
      // is idempotent (PosTagDictionaryTest checks every code point), so this reads each word's entry.
      tags[i] = pos.getTags(sorted[i]);
    }
    return new PosTagDictionary(sorted, tags, pos.isCaseSensitive());
  }

  int size() {
    return words.length;
  }

  /** The words, sorted. */
  String[] words() {
    return words.clone();
  }

  String word(int index) {
    return words[index];
  }

  /** The tags of the word at {@code index}, in the dictionary's order. */
  String[] tags(int index) {
    return tags[index].clone();
  }

  boolean caseSensitive() {
    return caseSensitive;
  }

  /** The index of the entry that holds {@code word}'s tags, or -1 when any tag may go to it. */
  int indexOf(String word) {
    String key = caseSensitive ? word : lowerCase(word);
    int h = key.hashCode();
    for (int slot = slot(h); ; slot = (slot + 1) & (slots.length - 1)) {
      int at = slots[slot] - 1;
      if (at < 0) {
        return -1;
      }
      if (words[at].hashCode() == h && words[at].equals(key)) {
        return at;
      }
    }
  }

  /** What {@link POSDictionary#getTags} returns for {@code word} (a copy), or null. */
  String[] tagsOf(String word) {
    int at = indexOf(word);
    return at < 0 ? null : tags(at);
  }

  /**
   * {@code s} lower-cased code point by code point, as OpenNLP's {@code StringUtil.toLowerCase}; the
   * string itself when no character changes, which is every word of most text.
   */
  static String lowerCase(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c) || Character.toLowerCase(c) != c) {
        int[] cp = s.codePoints().map(Character::toLowerCase).toArray();
        return new String(cp, 0, cp.length);
      }
    }
    return s;
  }

  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }
}
