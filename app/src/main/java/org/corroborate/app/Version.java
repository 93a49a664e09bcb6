package org.corroborate.app;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest, or says "development build". */
public final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"corroborate " + (v == null ? "(development build)" : v)};
  }
}
