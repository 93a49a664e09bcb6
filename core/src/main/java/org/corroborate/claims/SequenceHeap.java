package org.corroborate.claims;

import java.util.Arrays;

/**
 * A priority queue of tag sequences, highest score first, given as ints (a sequence's node in the
 * caller's arrays) with their scores in {@code scores}. It is {@link java.util.PriorityQueue}'s
 * binary heap step for step (the same sift-up on add, the same sift-down on poll, the same
 * comparisons as OpenNLP's {@code Sequence.compareTo}), so that among sequences of equal score the
 * one polled first is the one OpenNLP's beam search polls first: a beam keeps only its first few,
 * and a different tie order could keep a different sequence. Not thread safe.
 */
final class SequenceHeap {
  private int[] heap = new int[16];
  private int size;

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  /** Adds node {@code x}, whose score is {@code scores[x]}. */
  void add(int x, double[] scores) {
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    int k = size++;
    while (k > 0) {
      int parent = (k - 1) >>> 1;
      int e = heap[parent];
      if (compare(x, e, scores) >= 0) {
        break;
      }
      heap[k] = e;
      k = parent;
    }
    heap[k] = x;
  }

  /** Removes and returns the node of highest score (the heap must not be empty). */
  int poll(double[] scores) {
    int result = heap[0];
    int n = --size;
    int x = heap[n];
    if (n > 0) {
      int k = 0;
      int half = n >>> 1;
      while (k < half) {
        int child = (k << 1) + 1;
        int c = heap[child];
        int right = child + 1;
        if (right < n && compare(c, heap[right], scores) > 0) {
          c = heap[child = right];
        }
        if (compare(x, c, scores) <= 0) {
          break;
        }
        heap[k] = c;
        k = child;
      }
      heap[k] = x;
    }
    return result;
  }

  /** {@code Sequence.compareTo}: the higher score orders first. */
  private static int compare(int a, int b, double[] scores) {
    return Double.compare(scores[b], scores[a]);
  }
}
