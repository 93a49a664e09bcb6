package org.corroborate.app.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.corroborate.model.ArticleReport;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimReport;
import org.corroborate.model.ClusterReport;
import org.corroborate.model.Contradiction;
import org.corroborate.model.DateMention;
import org.corroborate.model.Diagnostic;
import org.corroborate.model.Origin;
import org.corroborate.model.Quantity;
import org.corroborate.model.Report;
import org.corroborate.model.Span;

/**
 * The scan report as JSON, schema version 1 ({@code scan-report.schema.json}). Fields are written
 * in a fixed order and every list comes sorted from the report, so the same corpus gives
 * byte-identical output. Thread safe (stateless).
 */
public final class JsonRenderer implements ReportRenderer {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void render(Report report, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pp);
      g.writeStartObject();
      g.writeNumberField("schemaVersion", report.schemaVersion());
      g.writeStringField("corpus", report.corpus());
      g.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : report.diagnostics()) {
        g.writeStartObject();
        g.writeStringField("file", d.file());
        g.writeStringField("problem", d.problem());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("articles");
      for (ArticleReport a : report.articles()) {
        writeArticle(g, a);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("clusters");
      for (ClusterReport c : report.clusters()) {
        writeCluster(g, c);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("contradictions");
      for (Contradiction x : report.contradictions()) {
        writeContradiction(g, x);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
  }

  private static void writeArticle(JsonGenerator g, ArticleReport a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.article().id());
    g.writeStringField("source", a.article().source());
    g.writeStringField("title", a.article().title());
    g.writeStringField("url", a.article().url());
    g.writeStringField("published", a.article().published());
    g.writeNumberField("claims", a.claimCount());
    g.writeObjectFieldStart("dropped");
    for (Map.Entry<String, Integer> e : a.droppedByReason().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    stringArray(g, "warnings", a.article().warnings());
    g.writeEndObject();
  }

  private static void writeCluster(JsonGenerator g, ClusterReport c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("text", c.text());
    g.writeNumberField("independentSources", c.independentSources());
    stringArray(g, "sources", c.sources());
    g.writeStringField("status", c.status().label());
    g.writeArrayFieldStart("origins");
    for (Origin o : c.origins()) {
      g.writeStartObject();
      g.writeStringField("name", o.name());
      stringArray(g, "sources", o.sources());
      stringArray(g, "claims", o.claimIds());
      g.writeStringField("reason", o.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("claims");
    for (ClaimReport cr : c.claims()) {
      writeClaim(g, cr);
    }
    g.writeEndArray();
    stringArray(g, "contradictions", c.contradictionIds());
    g.writeEndObject();
  }

  private static void writeClaim(JsonGenerator g, ClaimReport cr) throws IOException {
    Claim c = cr.claim();
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("article", c.articleId());
    g.writeStringField("source", c.source());
    g.writeStringField("text", c.text());
    g.writeStringField("sentence", c.sentence());
    g.writeNumberField("start", c.start());
    g.writeNumberField("end", c.end());
    g.writeArrayFieldStart("spans");
    for (Span s : c.spans()) {
      g.writeStartArray();
      g.writeNumber(s.start());
      g.writeNumber(s.end());
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeStringField("speaker", c.speaker());
    g.writeStringField("speakerName", c.speakerName());
    g.writeStringField("stance", c.stance().label());
    g.writeBooleanField("hedged", c.hedged());
    g.writeBooleanField("negated", c.negated());
    g.writeBooleanField("headline", c.headline());
    g.writeBooleanField("quote", c.quote());
    g.writeStringField("citedSource", c.citedSource());
    stringArray(g, "cues", c.cues());
    stringArray(g, "numbers", c.numbers().stream().map(Quantity::text).toList());
    g.writeArrayFieldStart("quantities");
    for (Quantity q : c.numbers()) {
      g.writeStartObject();
      g.writeStringField("text", q.text());
      g.writeNumberField("value", q.value());
      g.writeStringField("unit", q.unit());
      g.writeStringField("bound", q.bound());
      g.writeStringField("counted", q.counted());
      g.writeEndObject();
    }
    g.writeEndArray();
    stringArray(g, "dates", c.dates().stream().map(DateMention::text).toList());
    stringArray(g, "datesNormalized", c.dates().stream().map(DateMention::normalized).toList());
    g.writeStringField("status", cr.status().label());
    g.writeEndObject();
  }

  private static void writeContradiction(JsonGenerator g, Contradiction x) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", x.id());
    g.writeStringField("type", x.type().label());
    g.writeStringField("summary", x.summary());
    g.writeStringField("severity", x.severity().label());
    stringArray(g, "claims", x.claimIds());
    stringArray(g, "sources", x.sources());
    g.writeEndObject();
  }

  private static void stringArray(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
