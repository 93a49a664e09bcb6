package org.corroborate.ingest;

import java.util.List;

/**
 * What a format parser found in one file, before the manifest is applied.
 *
 * @param title the headline, or empty
 * @param source the outlet named inside the file (HTML metadata, front matter), or null
 * @param url the address named inside the file, or null
 * @param published the publication time named inside the file, or null
 * @param text plain text, one block (headline, paragraph, list item) per line
 * @param warnings problems worth telling the user
 */
record ParsedDocument(String title, String source, String url, String published, String text, List<String> warnings) {
  ParsedDocument {
    title = title == null ? "" : title.strip();
    warnings = List.copyOf(warnings);
  }
}
