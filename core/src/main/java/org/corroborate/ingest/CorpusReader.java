package org.corroborate.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.corroborate.model.Article;
import org.corroborate.model.Corpus;
import org.corroborate.model.Diagnostic;

/** Reads a folder of articles. PLACEHOLDER: .txt files only, source from the file name. */
public final class CorpusReader {

  public Corpus read(Path folder) throws IOException {
    List<Article> articles = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String id = folder.relativize(p).toString().replace('\\', '/');
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String name = p.getFileName().toString();
        articles.add(new Article(id, name.substring(0, name.lastIndexOf('.')), "", null, null, text, List.of()));
      }
    }
    return new Corpus(articles, diagnostics);
  }
}
