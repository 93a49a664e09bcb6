package org.corroborate.ingest;

import java.util.List;

/** A file's bytes decoded to text, with what went wrong on the way. */
record DecodedText(String text, List<String> warnings) {
  DecodedText {
    warnings = List.copyOf(warnings);
  }
}
