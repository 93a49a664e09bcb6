package org.corroborate.app;

import com.networknt.schema.SpecVersion;
import java.nio.file.Path;

/** Where the SARIF 2.1.0 schema the tests validate against lives, and its JSON Schema draft. */
final class SarifSchema {
  private SarifSchema() {}

  static final Path FILE = Path.of("..", "fixtures", "check", "sarif-2.1.0-subset.schema.json");
  static final SpecVersion.VersionFlag VERSION = SpecVersion.VersionFlag.V7;
}
