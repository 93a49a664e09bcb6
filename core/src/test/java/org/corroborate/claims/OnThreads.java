package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs a test body on several threads at once and fails with what any of them threw. */
final class OnThreads {
  /** A test body for thread number {@code index}. */
  interface Body {
    void run(int index) throws Exception;
  }

  private OnThreads() {}

  /** Runs {@code body} on {@code count} threads started together, waits for all, and asserts none failed. */
  static void run(int count, Body body) throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < count; t++) {
      int index = t;
      threads.add(new Thread(() -> {
        try {
          body.run(index);
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(failures).isEmpty();
  }
}
