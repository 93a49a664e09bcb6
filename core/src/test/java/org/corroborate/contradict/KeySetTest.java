package org.corroborate.contradict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeySetTest {

  @Test
  void iteratesInTheOrderElementsWereFirstAddedWithoutRepeats() {
    KeySet set = KeySet.copyOf(List.of("strike", "nurse", "strike", "hospital", "nurse"));
    assertThat(set).containsExactly("strike", "nurse", "hospital");
    assertThat(set).hasSize(3);
  }

  @Test
  void answersAsTheLinkedHashSetItReplacesOnRandomWords() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<String> words = new ArrayList<>();
      for (int i = random.nextInt(30); i > 0; i--) {
        words.add("w" + random.nextInt(25));
      }
      Set<String> expected = new LinkedHashSet<>(words);
      KeySet set = KeySet.copyOf(words);
      assertThat(set).containsExactlyElementsOf(expected);
      assertThat(set).isEqualTo(expected);
      assertThat(set.hashCode()).isEqualTo(expected.hashCode());
      for (int i = 0; i < 25; i++) {
        String probe = new String(("w" + i).toCharArray()); // equal, not the same instance
        assertThat(set.contains(probe)).isEqualTo(expected.contains(probe));
      }
    }
  }

  @Test
  void anEmptyCopyIsTheSharedEmptySetAndContainsNothing() {
    assertThat(KeySet.copyOf(List.of())).isSameAs(KeySet.of()).isEmpty();
    assertThat(KeySet.of().contains("x")).isFalse();
    assertThat(KeySet.of().contains(null)).isFalse();
  }

  @Test
  void cannotBeChanged() {
    KeySet set = KeySet.copyOf(List.of("a", "b"));
    assertThatThrownBy(() -> set.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(set::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(set).containsExactly("a", "b");
  }
}
