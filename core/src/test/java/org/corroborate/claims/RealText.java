package org.corroborate.claims;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;

/** The real text the tagging tests compare taggers on: the seed articles and the text fixtures. */
final class RealText {
  private RealText() {}

  /** Every sentence of the seed articles as the claims stage splits and tokenises it, normalised for the models. */
  static List<String[]> seedSentences(NlpModels models) throws IOException {
    Tagger tagger = new Tagger(models);
    List<String[]> out = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
      for (Path file : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file, UTF_8);
        for (int[] range : tagger.sentences(text, 0, text.length())) {
          String[] words = tagger.tag(text, range[0], range[1]).words;
          out.add(Arrays.stream(words).map(Tagger::normalize).toArray(String[]::new));
        }
      }
    }
    return out;
  }

  /** Every non-empty line of the seeds' and fixtures' .txt and .md files, as written. */
  static List<String> lines() throws IOException {
    List<String> out = new ArrayList<>();
    for (Path file : textFiles()) {
      for (String line : Files.readString(file, UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(line);
        }
      }
    }
    return out;
  }

  private static List<Path> textFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("../seeds", "../fixtures")) {
      try (Stream<Path> walk = Files.walk(Path.of(dir))) {
        walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  /** Every non-empty line of the seeds' and fixtures' .txt and .md files, tokenised and normalised. */
  static List<String[]> tokenisedLines(NlpModels models) throws IOException {
    TokenizerME tokenizer = new TokenizerME(models.tokens);
    List<String[]> out = new ArrayList<>();
    for (String line : lines()) {
      String[] tokens = Arrays.stream(tokenizer.tokenize(line)).map(Tagger::normalize).toArray(String[]::new);
      if (tokens.length > 0) {
        out.add(tokens);
      }
    }
    return out;
  }

  /** {@link #seedSentences} and then {@link #tokenisedLines}: the real text the tagging tests compare on. */
  static List<String[]> sentencesAndLines(NlpModels models) throws IOException {
    List<String[]> out = new ArrayList<>(seedSentences(models));
    out.addAll(tokenisedLines(models));
    return out;
  }
}
