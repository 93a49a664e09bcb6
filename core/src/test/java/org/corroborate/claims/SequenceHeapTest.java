package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The heap polls nodes in {@link PriorityQueue}'s order, ties included, for OpenNLP's
 * {@code Sequence} ordering (higher score first): random adds and polls with many equal scores.
 */
class SequenceHeapTest {
  /** A node and its score, ordered as OpenNLP's Sequence. */
  private record Scored(int node, double score) implements Comparable<Scored> {
    @Override
    public int compareTo(Scored s) {
      return Double.compare(s.score, score);
    }
  }

  @Test
  void pollsInPriorityQueuesOrderWithTiesNaNsAndSignedZeros() {
    Random random = new Random(1);
    double[] few = {-1.5, -0.5, -0.0, 0.0, -2.0, Double.NaN, Double.NEGATIVE_INFINITY};
    for (int round = 0; round < 2_000; round++) {
      double[] scores = new double[200];
      SequenceHeap heap = new SequenceHeap();
      PriorityQueue<Scored> queue = new PriorityQueue<>(3);
      int nodes = 0;
      for (int step = 0; step < 150; step++) {
        if (queue.isEmpty() || random.nextInt(3) > 0) {
          scores[nodes] = random.nextInt(4) == 0 ? -random.nextDouble() : few[random.nextInt(few.length)];
          heap.add(nodes, scores);
          queue.add(new Scored(nodes, scores[nodes]));
          nodes++;
        } else {
          assertThat(heap.poll(scores)).isEqualTo(queue.poll().node());
        }
        assertThat(heap.size()).isEqualTo(queue.size());
      }
      while (!queue.isEmpty()) {
        assertThat(heap.poll(scores)).isEqualTo(queue.poll().node());
      }
      heap.clear();
      assertThat(heap.size()).isZero();
    }
  }
}
