package org.corroborate.app.progress;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.corroborate.engine.ProgressListener;

/**
 * Shows a scan's progress as one redrawn line: a bar over the articles whose claims are extracted,
 * with the claims and clusters found so far, the current stage and the estimated time left. Writes
 * only to the stream it is given (standard error in the CLI). Thread safe: the engine calls it from
 * one thread at a time, and the bar redraws on its own thread.
 */
public final class TerminalProgress implements ProgressListener, AutoCloseable {
  /** Width of the progress line in characters. */
  public static final int LINE_WIDTH = 100;
  /** How often the line is redrawn. */
  public static final int REDRAW_MILLIS = 200;

  private final PrintStream out;
  private ProgressBar reading;
  private ProgressBar bar;
  private long claims;
  private int clusters = -1;
  private String stage = "ingest";

  public TerminalProgress(PrintStream out) {
    this.out = out;
  }

  /**
   * The listener the CLI uses: a progress line on standard error when it is a terminal and
   * {@code quiet} is off, else {@link ProgressListener#NONE}.
   */
  public static ProgressListener forStandardError(boolean quiet) {
    return enabled(quiet, Terminals.standardErrorIsTerminal()) ? new TerminalProgress(System.err) : ProgressListener.NONE;
  }

  /** Whether to show progress: only on a terminal, and never when asked to be quiet. */
  public static boolean enabled(boolean quiet, boolean standardErrorIsTerminal) {
    return !quiet && standardErrorIsTerminal;
  }

  @Override
  public synchronized void stage(String name) {
    stage = name;
    if (name.equals("ingest") && bar == null && reading == null) {
      reading = new ProgressBarBuilder()
          .setTaskName("reading articles")
          .setInitialMax(-1)
          .setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(REDRAW_MILLIS)
          .setConsumer(new ConsoleProgressBarConsumer(out, LINE_WIDTH))
          .clearDisplayOnFinish()
          .hideEta()
          .build();
    }
    message();
  }

  @Override
  public synchronized void articlesRead(int articles) {
    closeReading();
    open(articles);
  }

  @Override
  public synchronized void claimsExtracted(int articlesDone, int total, long claimsSoFar) {
    open(total);
    claims = claimsSoFar;
    bar.stepTo(articlesDone);
    message();
  }

  @Override
  public synchronized void clustered(int clusterCount) {
    clusters = clusterCount;
    message();
  }

  @Override
  public void finished() {
    close();
  }

  /** Draws the last state and ends the line. */
  @Override
  public synchronized void close() {
    closeReading();
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  private void closeReading() {
    if (reading != null) {
      reading.close();
      reading = null;
    }
  }

  private void open(int total) {
    closeReading();
    if (bar == null) {
      bar = new ProgressBarBuilder()
          .setTaskName("articles")
          .setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(REDRAW_MILLIS)
          .setConsumer(new ConsoleProgressBarConsumer(out, LINE_WIDTH))
          .setSpeedUnit(ChronoUnit.SECONDS)
          .build();
    }
  }

  private void message() {
    if (bar == null) return;
    String text = String.format(Locale.ROOT, "%,d claims", claims);
    if (clusters >= 0) text += String.format(Locale.ROOT, ", %,d clusters", clusters);
    bar.setExtraMessage(text + " [" + stage + "]");
  }
}
