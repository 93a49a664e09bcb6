package org.corroborate.ingest;

import java.util.List;

/** One row of {@code sources.csv}: the outlet, address, date and alternative spellings of a file's outlet. */
record ManifestEntry(String file, String source, String url, String published, List<String> aliases) {
  ManifestEntry {
    aliases = List.copyOf(aliases);
  }
}
