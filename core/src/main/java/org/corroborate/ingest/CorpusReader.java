package org.corroborate.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.Article;
import org.corroborate.model.Corpus;
import org.corroborate.model.Diagnostic;
import org.corroborate.model.OutletOrigin;

/**
 * The ingest stage: reads every {@code .txt}, {@code .md} and {@code .html}/{@code .htm} file under
 * a folder, recursively and in sorted order, into articles with their outlet and metadata. The
 * outlet comes from, in order: the folder's {@code sources.csv}, the page's metadata, Markdown
 * front matter, and last the file's name. A file that cannot be used becomes a diagnostic naming it
 * and the problem; the run goes on. Nothing is written. Thread safe (stateless).
 */
public final class CorpusReader {
  private static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm");

  private final IngestOptions options;
  private final TextDecoder decoder = new TextDecoder();
  private final EnglishCheck english = new EnglishCheck();

  public CorpusReader() {
    this(IngestOptions.DEFAULTS);
  }

  public CorpusReader(IngestOptions options) {
    this.options = options;
  }

  /**
   * Reads the folder.
   *
   * @throws NoSuchFileException when the folder does not exist or is not a directory
   */
  public Corpus read(Path folder) throws IOException {
    Listing listing = list(folder);
    Gathering gathering = listing.gather();
    for (int i = 0; i < listing.size(); i++) {
      if (!gathering.add(listing.read(i))) {
        break;
      }
    }
    return gathering.corpus();
  }

  /**
   * Lists the folder for reading without reading any article yet: reads the manifest and finds the
   * article files, in sorted order. The files can then be read one at a time, on any thread, and
   * gathered in order into the same corpus {@link #read} gives, so a caller can stream articles
   * into later stages instead of holding the raw files all at once.
   *
   * @throws NoSuchFileException when the folder does not exist or is not a directory
   */
  public Listing list(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "not a folder");
    }
    Path root = folder.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(root)) {
      // the folder named is a link to a folder: read the folder it names (links inside it are still not followed)
      root = root.toRealPath();
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    Manifest manifest = new ManifestReader().read(root);
    diagnostics.addAll(manifest.diagnostics());
    List<Path> files = listFiles(root, diagnostics);
    return new Listing(root, manifest, files, diagnostics);
  }

  /**
   * One listed file, read: its article when it can be used, and the problems reading it found.
   *
   * @param id the file's path relative to the corpus folder, with '/' separators
   * @param article the article, or empty when the file was skipped
   * @param diagnostics what reading it found, in order (warnings of a used article included)
   */
  public record FileRead(String id, Optional<Article> article, List<Diagnostic> diagnostics) {
    public FileRead {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(article, "article of " + id);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * A corpus folder listed by {@link #list}: its article files in sorted order, not yet read.
   * Thread safe: {@link #read(int)} may be called from several threads at once.
   */
  public final class Listing {
    private final Path root;
    private final Manifest manifest;
    private final List<Path> files;
    private final List<Diagnostic> diagnostics;

    private Listing(Path root, Manifest manifest, List<Path> files, List<Diagnostic> diagnostics) {
      this.root = root;
      this.manifest = manifest;
      this.files = List.copyOf(files);
      this.diagnostics = List.copyOf(diagnostics);
    }

    /** How many article files were found (some may turn out unusable when read). */
    public int size() {
      return files.size();
    }

    /** Reads the {@code i}-th file (in sorted order) as an article, or says why it cannot be one. */
    public FileRead read(int i) {
      Path file = files.get(i);
      String id = root.relativize(file).toString().replace('\\', '/');
      List<Diagnostic> found = new ArrayList<>();
      Optional<Article> article = readArticle(file, id, manifest, found);
      return new FileRead(id, article, found);
    }

    /** A new gathering of this listing's files into a corpus. */
    public Gathering gather() {
      return new Gathering(diagnostics, manifest.origins());
    }
  }

  /**
   * Gathers files read from a {@link Listing}, given in listing order, into a corpus, and applies
   * the article limit. Not thread safe.
   */
  public final class Gathering {
    private final List<Article> articles = new ArrayList<>();
    private final List<Diagnostic> diagnostics;
    private final List<OutletOrigin> origins;
    private boolean stopped;

    private Gathering(List<Diagnostic> listed, List<OutletOrigin> origins) {
      this.diagnostics = new ArrayList<>(listed);
      this.origins = origins;
    }

    /**
     * Takes the next file in listing order. Returns false, and skips the file with one diagnostic,
     * when the corpus already holds {@link IngestOptions#maxArticles()} articles: then this and
     * every later file are left out, and the caller stops.
     */
    public boolean add(FileRead read) {
      if (stopped) {
        return false;
      }
      if (articles.size() >= options.maxArticles()) {
        diagnostics.add(new Diagnostic(read.id(), "over the limit of " + options.maxArticles() + " articles; this and later files skipped"));
        stopped = true;
        return false;
      }
      diagnostics.addAll(read.diagnostics());
      read.article().ifPresent(articles::add);
      return true;
    }

    /** The corpus gathered so far. */
    public Corpus corpus() {
      return new Corpus(articles, diagnostics, origins);
    }
  }

  /** Reads one file as an article, or reports why it cannot be one. */
  public Optional<Article> readFile(Path file, String id, List<Diagnostic> diagnostics) {
    return readArticle(file, id, Manifest.EMPTY, diagnostics);
  }

  private Optional<Article> readArticle(Path file, String id, Manifest manifest, List<Diagnostic> diagnostics) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > options.maxFileBytes()) {
        diagnostics.add(new Diagnostic(id, String.format(Locale.ROOT, "file is %.1f MB, over the %.1f MB limit; skipped", size / 1e6, options.maxFileBytes() / 1e6)));
        return Optional.empty();
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      diagnostics.add(new Diagnostic(id, "could not read file: " + describe(e)));
      return Optional.empty();
    } catch (OutOfMemoryError e) {
      diagnostics.add(new Diagnostic(id, "file too large to read into memory; skipped"));
      return Optional.empty();
    }
    if (bytes.length == 0) {
      diagnostics.add(new Diagnostic(id, "empty file; skipped"));
      return Optional.empty();
    }
    Optional<String> binary = decoder.binaryReason(bytes);
    if (binary.isPresent()) {
      diagnostics.add(new Diagnostic(id, binary.get() + "; skipped"));
      return Optional.empty();
    }
    DecodedText decoded = decoder.decode(bytes);
    ParsedDocument doc;
    try {
      doc = parse(file, decoded.text());
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.add(new Diagnostic(id, "could not parse: " + describe(e)));
      return Optional.empty();
    }
    if (doc.text().isBlank()) {
      diagnostics.add(new Diagnostic(id, "no text; skipped"));
      return Optional.empty();
    }
    if (options.requireEnglish()) {
      Optional<String> notEnglish = english.problem(doc.text());
      if (notEnglish.isPresent()) {
        diagnostics.add(new Diagnostic(id, notEnglish.get() + "; skipped"));
        return Optional.empty();
      }
    }
    List<String> warnings = new ArrayList<>(decoded.warnings());
    warnings.addAll(doc.warnings());
    String text = doc.text();
    if (text.length() > options.maxArticleChars()) {
      int cut = text.lastIndexOf('\n', options.maxArticleChars());
      cut = cut > 0 ? cut + 1 : options.maxArticleChars();
      if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
      warnings.add(String.format(Locale.ROOT, "article text is %,d characters, over the limit of %,d; only the first %,d were read",
          text.length(), options.maxArticleChars(), cut));
      text = text.substring(0, cut);
    }
    warnings.forEach(w -> diagnostics.add(new Diagnostic(id, w)));
    Optional<ManifestEntry> entry = manifest.entry(id);
    String source = firstNonBlank(entry.map(ManifestEntry::source).orElse(null), doc.source(), stem(file));
    String url = firstNonBlank(entry.map(ManifestEntry::url).orElse(null), doc.url());
    String published = firstNonBlank(entry.map(ManifestEntry::published).orElse(null), doc.published());
    return Optional.of(new Article(id, manifest.canonicalOutlet(source), doc.title(), url, published, text, warnings));
  }

  private ParsedDocument parse(Path file, String text) {
    String ext = extension(file);
    return switch (ext) {
      case "html", "htm" -> new HtmlDocumentParser().parse(text, file.getFileName().toString());
      case "md", "markdown" -> new MarkdownDocumentParser().parse(text);
      default -> new ParsedDocument(titleLine(text), null, null, null, text, List.of());
    };
  }

  private static List<Path> listFiles(Path root, List<Diagnostic> diagnostics) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        Path name = dir.getFileName();
        if (!dir.equals(root) && name != null && name.toString().startsWith(".")) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || !EXTENSIONS.contains(extension(file))) {
          return FileVisitResult.CONTINUE;
        }
        if (attrs.isSymbolicLink()) {
          diagnostics.add(new Diagnostic(root.relativize(file).toString(), "symbolic link; not followed"));
        } else if (attrs.isRegularFile()) {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        String what = e instanceof FileSystemLoopException ? "symbolic link loop" : describe(e);
        diagnostics.add(new Diagnostic(root.relativize(file).toString(), "could not read: " + what));
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(null);
    return files;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /** Most words a plain-text first line may have to count as the title. */
  static final int MAX_TITLE_WORDS = 25;

  /**
   * The first line of a plain-text article when it reads as a title (not ending like a sentence,
   * at most {@link #MAX_TITLE_WORDS} words), else empty.
   */
  private static String titleLine(String text) {
    for (String line : text.split("\n", 20)) {
      String l = line.strip();
      if (l.isEmpty()) continue;
      boolean sentenceEnd = l.matches(".*[.!?;:]['\"\u2019\u201d)]?$");
      return !sentenceEnd && l.split("\\s+").length <= MAX_TITLE_WORDS ? l : "";
    }
    return "";
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) return v.strip();
    }
    return null;
  }

  private static String describe(Throwable e) {
    if (e instanceof NoSuchFileException) return "no such file";
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
