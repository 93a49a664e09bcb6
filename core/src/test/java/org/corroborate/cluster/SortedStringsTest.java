package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The array-backed sorted set and map answer as a tree set and tree map of the same strings do. */
class SortedStringsTest {

  private static List<String> words(Random random, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder w = new StringBuilder();
      int length = 1 + random.nextInt(4);
      for (int j = 0; j < length; j++) {
        w.append((char) ('a' + random.nextInt(5)));
      }
      out.add(w.toString());
    }
    return out;
  }

  @Test
  void setHasTheTreeSetsElementsOrderAndRanges() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<String> values = words(random, random.nextInt(12));
      TreeSet<String> tree = new TreeSet<>(values);
      SortedSet<String> set = SortedStrings.of(values);
      assertThat(set).containsExactlyElementsOf(tree);
      assertThat(set).isEqualTo(tree).hasSameHashCodeAs(tree);
      assertThat(set.toString()).isEqualTo(tree.toString());
      for (String probe : words(random, 20)) {
        assertThat(set.contains(probe)).isEqualTo(tree.contains(probe));
        assertThat(set.headSet(probe)).containsExactlyElementsOf(tree.headSet(probe));
        assertThat(set.tailSet(probe)).containsExactlyElementsOf(tree.tailSet(probe));
      }
      if (!tree.isEmpty()) {
        assertThat(set.first()).isEqualTo(tree.first());
        assertThat(set.last()).isEqualTo(tree.last());
        assertThat(set.subSet(tree.first(), tree.last())).containsExactlyElementsOf(tree.subSet(tree.first(), tree.last()));
      }
    }
  }

  @Test
  void setCannotBeChanged() {
    SortedSet<String> set = SortedStrings.of(List.of("b", "a"));
    assertThatThrownBy(() -> set.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(set).containsExactly("a", "b");
  }

  @Test
  void mapHasTheTreeMapsEntriesOrderAndLookups() {
    Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      List<String> keys = words(random, random.nextInt(10));
      TreeMap<String, String> tree = new TreeMap<>();
      for (String k : keys) {
        tree.putIfAbsent(k, random.nextBoolean() ? "" : k.substring(0, 1) + "x");
      }
      SortedMap<String, String> map = SortedStringMap.of(tree);
      assertThat(map).containsExactlyEntriesOf(tree);
      assertThat(map).isEqualTo(tree).hasSameHashCodeAs(tree);
      assertThat(map.keySet()).containsExactlyElementsOf(tree.keySet());
      assertThat(map.values()).containsExactlyElementsOf(tree.values());
      assertThat(new ArrayList<Map.Entry<String, String>>(map.entrySet())).containsExactlyElementsOf(tree.entrySet());
      for (String probe : words(random, 20)) {
        assertThat(map.containsKey(probe)).isEqualTo(tree.containsKey(probe));
        assertThat(map.get(probe)).isEqualTo(tree.get(probe));
        assertThat(map.containsValue(probe)).isEqualTo(tree.containsValue(probe));
        assertThat(map.headMap(probe)).containsExactlyEntriesOf(tree.headMap(probe));
        assertThat(map.tailMap(probe)).containsExactlyEntriesOf(tree.tailMap(probe));
      }
    }
  }

  @Test
  void mapCannotBeChanged() {
    SortedMap<String, String> map = SortedStringMap.of(Map.of("a", "x"));
    assertThatThrownBy(() -> map.put("b", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("z"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(map).containsExactlyEntriesOf(Map.of("a", "x"));
  }
}
