package org.corroborate.app.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.corroborate.check.CheckResult;
import org.corroborate.check.ClaimFinding;
import org.corroborate.check.DraftReport;
import org.corroborate.check.Verdict;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, rules {@code unsupported},
 * {@code single-source} and {@code contradicted}, a result per finding with a relative artifact
 * URI, a region, {@code partialFingerprints} and a message naming the sources; waived findings
 * carry a suppression with the reason. Thread safe (stateless).
 */
public final class SarifRenderer implements CheckRenderer {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT_KEY = "corroborateClaim/v1";
  static final List<Verdict> RULES = List.of(Verdict.UNSUPPORTED, Verdict.SINGLE_SOURCE, Verdict.CONTRADICTED);
  private static final JsonFactory FACTORY = new JsonFactory();

  private final String toolVersion;

  public SarifRenderer(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  @Override
  public void render(CheckResult result, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "corroborate");
      g.writeStringField("version", toolVersion);
      g.writeStringField("informationUri", "https://github.com/corroborate/corroborate");
      g.writeArrayFieldStart("rules");
      for (Verdict v : RULES) rule(g, v, result.options().failOn().contains(v));
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringField("columnKind", "utf16CodeUnits");
      g.writeArrayFieldStart("results");
      for (DraftReport d : result.drafts()) {
        for (ClaimFinding f : d.claims()) {
          if (f.isFinding()) result(g, d, f, result.options().minSources());
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
  }

  private static void rule(JsonGenerator g, Verdict v, boolean fails) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", v.label());
    g.writeStringField("name", switch (v) {
      case UNSUPPORTED -> "UnsupportedClaim";
      case SINGLE_SOURCE -> "SingleSourceClaim";
      case CONTRADICTED -> "ContradictedClaim";
      case SUPPORTED -> "SupportedClaim";
    });
    String description = switch (v) {
      case UNSUPPORTED -> "Nothing in the corpus says this claim.";
      case SINGLE_SOURCE -> "The claim rests on fewer independent sources than required.";
      case CONTRADICTED -> "A claim in the corpus says this claim cannot hold.";
      case SUPPORTED -> "Independent sources in the corpus back this claim.";
    };
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", description);
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", fails ? "error" : "warning");
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, DraftReport d, ClaimFinding f, int minSources) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.verdict().label());
    g.writeNumberField("ruleIndex", RULES.indexOf(f.verdict()));
    g.writeStringField("level", f.failing() ? "error" : "warning");
    g.writeObjectFieldStart("message");
    g.writeStringField("text", Messages.message(f, minSources));
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri(d.file()));
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", f.line());
    g.writeNumberField("startColumn", f.column());
    g.writeNumberField("endLine", f.endLine());
    g.writeNumberField("endColumn", Math.max(f.endColumn(), f.endLine() == f.line() ? f.column() : 1));
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT_KEY, f.fingerprint());
    g.writeEndObject();
    if (f.waiver() != null) {
      g.writeArrayFieldStart("suppressions");
      g.writeStartObject();
      g.writeStringField("kind", f.waiver().origin().equals("inline") ? "inSource" : "external");
      g.writeStringField("justification", f.waiver().reason());
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeObjectFieldStart("properties");
    g.writeNumberField("independentSources", f.independentSources());
    g.writeArrayFieldStart("sources");
    for (String s : f.sources()) g.writeString(s);
    g.writeEndArray();
    g.writeArrayFieldStart("against");
    for (var o : f.oppositions()) g.writeString(o.claim().id());
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A relative URI reference for a path with '/' separators (spaces and the like percent-encoded). */
  static String uri(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./")) p = p.substring(2);
    int slash = p.indexOf('/');
    if (p.substring(0, slash < 0 ? p.length() : slash).contains(":")) p = "./" + p; // not a scheme
    try {
      return new URI(null, null, p, null).toASCIIString();
    } catch (URISyntaxException e) {
      return p;
    }
  }
}
