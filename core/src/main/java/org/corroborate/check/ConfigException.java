package org.corroborate.check;

/** A configuration or waiver file that cannot be used; the message names the file and the problem. */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
