package org.corroborate.ingest;

import org.corroborate.outlets.OutletNames;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.corroborate.model.Diagnostic;
import org.corroborate.model.OutletOrigin;

/**
 * Reads a corpus folder's {@code sources.csv} (columns {@code file,source,url,published} and an
 * optional {@code aliases}, '|'-separated) and {@code origins.csv} (columns {@code outlet,origin}).
 * Bad rows, unknown columns, and paths outside the folder become diagnostics; the rest is used.
 * Thread safe (stateless).
 */
final class ManifestReader {
  static final String SOURCES = "sources.csv";
  static final String ORIGINS = "origins.csv";
  private static final Set<String> SOURCE_COLUMNS = Set.of("file", "source", "url", "published", "aliases");
  private static final Set<String> ORIGIN_COLUMNS = Set.of("outlet", "origin");

  Manifest read(Path folder) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, ManifestEntry> entries = new TreeMap<>();
    Map<String, String> aliases = new HashMap<>();
    List<OutletOrigin> origins = new ArrayList<>();
    Path sources = folder.resolve(SOURCES);
    if (Files.isRegularFile(sources)) {
      readRows(sources, SOURCE_COLUMNS, List.of("file", "source"), diagnostics, (line, row) -> {
        String file = row.getOrDefault("file", "").strip();
        String source = row.getOrDefault("source", "").strip();
        if (file.isEmpty()) {
          diagnostics.add(new Diagnostic(SOURCES, "line " + line + ": the file column is empty; row ignored"));
          return;
        }
        String id = relativeId(folder, file);
        if (id == null) {
          diagnostics.add(new Diagnostic(SOURCES, "line " + line + ": '" + file + "' is outside the folder; row ignored"));
          return;
        }
        if (!Files.isRegularFile(folder.resolve(id))) {
          diagnostics.add(new Diagnostic(SOURCES, "line " + line + ": no such file '" + file + "'"));
        }
        List<String> rowAliases = Arrays.stream(row.getOrDefault("aliases", "").split("\\|"))
            .map(String::strip).filter(a -> !a.isEmpty()).toList();
        if (!source.isEmpty()) {
          for (String alias : rowAliases) {
            String previous = aliases.put(OutletNames.key(alias), source);
            if (previous != null && !previous.equals(source)) {
              diagnostics.add(new Diagnostic(SOURCES, "line " + line + ": alias '" + alias + "' already names '" + previous + "'; now '" + source + "'"));
            }
          }
          aliases.putIfAbsent(OutletNames.key(source), source);
        }
        if (entries.containsKey(id)) {
          diagnostics.add(new Diagnostic(SOURCES, "line " + line + ": '" + file + "' is listed twice; the later row wins"));
        }
        entries.put(id, new ManifestEntry(id, emptyToNull(source), emptyToNull(row.get("url")), emptyToNull(row.get("published")), rowAliases));
      });
    }
    Path originsFile = folder.resolve(ORIGINS);
    if (Files.isRegularFile(originsFile)) {
      readRows(originsFile, ORIGIN_COLUMNS, List.of("outlet", "origin"), diagnostics, (line, row) -> {
        String outlet = row.getOrDefault("outlet", "").strip();
        String origin = row.getOrDefault("origin", "").strip();
        if (outlet.isEmpty() || origin.isEmpty()) {
          diagnostics.add(new Diagnostic(ORIGINS, "line " + line + ": outlet and origin are both required; row ignored"));
          return;
        }
        origins.add(new OutletOrigin(outlet, origin));
      });
    }
    return new Manifest(entries, aliases, origins, diagnostics);
  }

  private interface RowHandler {
    void accept(long line, Map<String, String> row);
  }

  private static void readRows(Path file, Set<String> known, List<String> required, List<Diagnostic> diagnostics, RowHandler handler) {
    String name = file.getFileName().toString();
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
        .setTrim(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      Set<String> unknown = new LinkedHashSet<>(header);
      unknown.removeAll(known);
      if (!unknown.isEmpty()) {
        diagnostics.add(new Diagnostic(name, "unknown column(s) " + String.join(", ", unknown) + " ignored; known: " + String.join(", ", known.stream().sorted().toList())));
      }
      for (String r : required) {
        if (!header.contains(r)) {
          diagnostics.add(new Diagnostic(name, "missing required column '" + r + "'; file ignored"));
          return;
        }
      }
      for (CSVRecord record : parser) {
        long line = record.getRecordNumber() + 1;
        if (!record.isConsistent()) {
          diagnostics.add(new Diagnostic(name, "line " + line + ": has " + record.size() + " fields, the header has " + header.size() + "; row ignored"));
          continue;
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), record.get(i));
        }
        handler.accept(line, row);
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.add(new Diagnostic(name, "could not read: " + e.getMessage()));
    }
  }

  /** The file's id relative to the folder with '/' separators, or null when it points outside. */
  static String relativeId(Path folder, String file) {
    try {
      Path p = Path.of(file.replace('\\', '/'));
      if (p.isAbsolute()) return null;
      Path resolved = folder.resolve(p).normalize();
      if (!resolved.startsWith(folder.normalize())) return null;
      return folder.normalize().relativize(resolved).toString().replace('\\', '/');
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
