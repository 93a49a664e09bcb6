package org.corroborate.index;

/** An index that cannot be used: missing, empty, of another format, or locked by another update. */
public final class IndexException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the index cannot be used. */
  public enum Problem {
    MISSING,
    UNREADABLE,
    LOCKED
  }

  private final Problem problem;

  public IndexException(Problem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
