package org.corroborate.app.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.corroborate.check.CheckResult;
import org.corroborate.check.ClaimFinding;
import org.corroborate.check.CorpusClaim;
import org.corroborate.check.DraftReport;
import org.corroborate.check.Opposition;
import org.corroborate.check.Verdict;
import org.corroborate.model.Diagnostic;

/**
 * The check result as JSON, schema version 1 ({@code check-report.schema.json}). Fields in a fixed
 * order, lists in the result's order: the same input gives byte-identical output. Thread safe.
 */
public final class CheckJsonRenderer implements CheckRenderer {
  public static final int SCHEMA_VERSION = 1;
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void render(CheckResult result, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("corpus", result.corpus());
      g.writeNumberField("corpusArticles", result.corpusArticles());
      g.writeNumberField("minSources", result.options().minSources());
      strings(g, "failOn", result.options().failOnSorted().stream().map(Verdict::label).toList());
      g.writeObjectFieldStart("summary");
      g.writeNumberField("claims", result.claims().size());
      for (Map.Entry<Verdict, Integer> e : result.countsByVerdict().entrySet()) {
        g.writeNumberField(e.getKey().label(), e.getValue());
      }
      g.writeNumberField("waived", result.waivedCount());
      g.writeNumberField("failing", result.failingCount());
      g.writeEndObject();
      g.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : result.diagnostics()) {
        g.writeStartObject();
        g.writeStringField("file", d.file());
        g.writeStringField("problem", d.problem());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("drafts");
      for (DraftReport d : result.drafts()) {
        g.writeStartObject();
        g.writeStringField("file", d.file());
        strings(g, "warnings", d.warnings());
        g.writeArrayFieldStart("claims");
        for (ClaimFinding f : d.claims()) {
          claim(g, f);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
  }

  private static void claim(JsonGenerator g, ClaimFinding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", f.id());
    g.writeStringField("fingerprint", f.fingerprint());
    g.writeStringField("text", f.text());
    g.writeStringField("sentence", f.sentence());
    g.writeNumberField("line", f.line());
    g.writeNumberField("column", f.column());
    g.writeNumberField("endLine", f.endLine());
    g.writeNumberField("endColumn", f.endColumn());
    g.writeNumberField("start", f.start());
    g.writeNumberField("end", f.end());
    g.writeStringField("verdict", f.verdict().label());
    g.writeNumberField("independentSources", f.independentSources());
    strings(g, "sources", f.sources());
    g.writeArrayFieldStart("support");
    for (CorpusClaim c : f.support()) {
      corpusClaim(g, c);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("contradictions");
    for (Opposition o : f.oppositions()) {
      corpusClaim(g, o.claim());
      g.writeStringField("type", o.type());
      g.writeStringField("summary", o.summary());
      g.writeStringField("severity", o.severity());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeBooleanField("failing", f.failing());
    if (f.waiver() == null) {
      g.writeNullField("waiver");
    } else {
      g.writeObjectFieldStart("waiver");
      g.writeStringField("reason", f.waiver().reason());
      g.writeStringField("origin", f.waiver().origin());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** Writes the start and fields of a corpus claim object; the caller ends it. */
  private static void corpusClaim(JsonGenerator g, CorpusClaim c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("article", c.article());
    g.writeStringField("source", c.source());
    g.writeStringField("text", c.text());
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) g.writeString(v);
    g.writeEndArray();
  }
}
