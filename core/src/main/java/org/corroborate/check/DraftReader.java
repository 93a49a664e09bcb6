package org.corroborate.check;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.ingest.IngestOptions;
import org.corroborate.model.Article;
import org.corroborate.model.Diagnostic;

/**
 * Reads a draft file ({@code .md}, {@code .txt}, {@code .html}) through the ingest stage, as an
 * article of the reserved outlet {@code draft:<file>}, and keeps its raw text for positions. A
 * draft is never skipped for being short or unlike English. Thread safe (stateless).
 */
public final class DraftReader {
  private final CorpusReader reader =
      new CorpusReader(new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES, IngestOptions.DEFAULT_MAX_ARTICLES, false));

  /**
   * Reads the draft, or adds a diagnostic naming it and returns empty.
   *
   * @param file where it is
   * @param shownAs its path as shown in the output
   */
  public Optional<Draft> read(Path file, String shownAs, List<Diagnostic> diagnostics) {
    String name = shownAs.replace('\\', '/');
    List<Diagnostic> own = new ArrayList<>();
    Optional<Article> read = reader.readFile(file, name, own);
    diagnostics.addAll(own);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diagnostics.add(new Diagnostic(name, "could not read file: " + e.getMessage()));
      return Optional.empty();
    }
    Article a = read.get();
    Article draft = new Article(idFor(name), outletFor(name), a.title(), a.url(), a.published(), a.text(), a.warnings());
    String ext = extension(name);
    return Optional.of(new Draft(name, draft, decode(bytes), ext.equals("html") || ext.equals("htm"), a.warnings()));
  }

  /** The article id a draft gets: its path behind the draft prefix, so no corpus id equals it. */
  public static String idFor(String shownAs) {
    return Draft.OUTLET_PREFIX + shownAs;
  }

  private static String outletFor(String name) {
    int slash = name.lastIndexOf('/');
    return Draft.OUTLET_PREFIX + (slash < 0 ? name : name.substring(slash + 1));
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * The file's text with its line endings as on disk: the same decoding as ingest (byte-order
   * mark honoured and dropped, UTF-8 with replacement) but no line-ending change.
   */
  static String decode(byte[] b) {
    Charset cs = StandardCharsets.UTF_8;
    int skip = 0;
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      skip = 3;
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(b, skip, b.length - skip))
          .toString();
    } catch (java.nio.charset.CharacterCodingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
