package org.corroborate.ingest;

import org.corroborate.outlets.OutletNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.Diagnostic;
import org.corroborate.model.OutletOrigin;

/**
 * What a corpus folder says about its own files: {@code sources.csv} rows by normalised relative
 * path, outlet aliases (any spelling to the canonical name), {@code origins.csv} declarations, and
 * the problems found reading them.
 */
record Manifest(
    Map<String, ManifestEntry> entries,
    Map<String, String> aliases,
    List<OutletOrigin> origins,
    List<Diagnostic> diagnostics) {
  static final Manifest EMPTY = new Manifest(Map.of(), Map.of(), List.of(), List.of());

  Manifest {
    entries = Map.copyOf(entries);
    aliases = Map.copyOf(aliases);
    origins = List.copyOf(origins);
    diagnostics = List.copyOf(diagnostics);
  }

  Optional<ManifestEntry> entry(String articleId) {
    return Optional.ofNullable(entries.get(articleId));
  }

  /** The canonical spelling of an outlet name, folding aliases case-insensitively. */
  String canonicalOutlet(String name) {
    if (name == null) return null;
    return aliases.getOrDefault(OutletNames.key(name), name);
  }
}
