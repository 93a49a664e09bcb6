package org.corroborate.app;

/** Exit codes of every command. */
public final class ExitCodes {
  private ExitCodes() {}

  /** Success; warnings about some files do not change it. */
  public static final int OK = 0;
  /** scan: the folder held no readable article. check: failing findings. */
  public static final int NO_ARTICLES = 1;
  /** Usage or configuration error. */
  public static final int USAGE = 2;
  /** check: the corpus or index is missing, empty or unreadable. */
  public static final int NO_CORPUS = 3;
  /** An unexpected internal error. */
  public static final int INTERNAL = 70;
}
