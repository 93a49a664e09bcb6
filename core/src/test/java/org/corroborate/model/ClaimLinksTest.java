package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Packed links read back as the records that were added, in order, and cannot be changed. */
class ClaimLinksTest {
  private static final List<String> IDS = List.of("a#1", "a#2", "b#1", "c#7");

  @Test
  void linksReadBackAsTheRecordsAdded() {
    ClaimLinks links = new ClaimLinks.Builder(IDS)
        .add(0, 2, 0.91, ClaimLink.Kind.SAME, "")
        .add(0, 3, 0.45, ClaimLink.Kind.CONFLICT, "numbers differ: usd=3")
        .add(1, 3, 0.5, ClaimLink.Kind.CONFLICT, "polarity differs")
        .add(2, 3, 0.7, ClaimLink.Kind.SAME, null)
        .build();
    List<ClaimLink> expected = List.of(
        new ClaimLink("a#1", "b#1", 0.91, ClaimLink.Kind.SAME, ""),
        new ClaimLink("a#1", "c#7", 0.45, ClaimLink.Kind.CONFLICT, "numbers differ: usd=3"),
        new ClaimLink("a#2", "c#7", 0.5, ClaimLink.Kind.CONFLICT, "polarity differs"),
        new ClaimLink("b#1", "c#7", 0.7, ClaimLink.Kind.SAME, ""));
    assertThat(links).containsExactlyElementsOf(expected);
    assertThat(links).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(new Clustering(List.of(), links)).isEqualTo(new Clustering(List.of(), expected));
    assertThat(new Clustering(List.of(), links).links()).isSameAs(links);
  }

  @Test
  void linksOfOneKindKeepTheirOrderAndValues() {
    ClaimLinks links = new ClaimLinks.Builder(IDS)
        .add(0, 2, 0.91, ClaimLink.Kind.SAME, "")
        .add(0, 3, 0.45, ClaimLink.Kind.CONFLICT, "numbers differ: usd=3")
        .add(1, 2, 0.8, ClaimLink.Kind.SAME, "")
        .add(1, 3, 0.5, ClaimLink.Kind.CONFLICT, "polarity differs")
        .build();
    assertThat(links.ofKind(ClaimLink.Kind.CONFLICT)).containsExactly(links.get(1), links.get(3));
    assertThat(links.ofKind(ClaimLink.Kind.SAME)).containsExactly(links.get(0), links.get(2));
    assertThat(links.ofKind(ClaimLink.Kind.SAME).ofKind(ClaimLink.Kind.CONFLICT)).isEmpty();
  }

  @Test
  void linksOutOfOrderOrBackwardsAreRefused() {
    ClaimLinks.Builder b = new ClaimLinks.Builder(IDS).add(1, 2, 0.9, ClaimLink.Kind.SAME, "");
    assertThatThrownBy(() -> b.add(0, 3, 0.9, ClaimLink.Kind.SAME, "")).hasMessageContaining("increasing order");
    assertThatThrownBy(() -> b.add(1, 2, 0.9, ClaimLink.Kind.SAME, "")).hasMessageContaining("increasing order");
    assertThatThrownBy(() -> b.add(3, 2, 0.9, ClaimLink.Kind.SAME, "")).hasMessageContaining("ordered and distinct");
    assertThat(b.build()).hasSize(1);
  }

  @Test
  void packedLinksCannotBeChanged() {
    ClaimLinks links = new ClaimLinks.Builder(IDS).add(0, 1, 0.9, ClaimLink.Kind.SAME, "").build();
    assertThatThrownBy(() -> links.add(links.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> links.set(0, links.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> links.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> links.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
