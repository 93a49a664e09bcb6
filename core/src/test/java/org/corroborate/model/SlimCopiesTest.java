package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's memory savings at scale change no value: shared strings and slimmer copies. */
class SlimCopiesTest {
  private static final String TEXT = "The council said the bridge would reopen in March.";

  private static Claim claim(String text, String sentence, List<Token> tokens) {
    return new Claim("a.txt#1", "a.txt", "Herald", text, sentence, 0, 0, text.length(), List.of(new Span(0, text.length())),
        null, null, Stance.ASSERTS, false, false, false, List.of(), List.of(), List.of(), null, false, tokens);
  }

  @Test
  void aClaimThatIsItsWholeSentenceHoldsOneStringForBoth() {
    Claim c = claim(TEXT, new String(TEXT.toCharArray()), List.of());
    assertThat(c.sentence()).isEqualTo(TEXT).isSameAs(c.text());
    Claim part = claim("The bridge would reopen in March.", TEXT, List.of());
    assertThat(part.sentence()).isEqualTo(TEXT);
  }

  @Test
  void tokensOfOneWordShareOneStringForTheWordAndOneForItsLemma() {
    Token t = new Token("bridge", 4, 10, "NN", new String("bridge".toCharArray()));
    assertThat(t.lemma()).isEqualTo("bridge").isSameAs(t.text());
    Token again = new Token(new String("bridge".toCharArray()), 40, 46, new String("NN".toCharArray()), "bridge");
    assertThat(again.text()).isSameAs(t.text());
    assertThat(again.pos()).isSameAs(t.pos());
    assertThat(new Token("said", 0, 4, "VBD", new String("say".toCharArray())).lemma())
        .isSameAs(new Token("says", 9, 13, "VBZ", "say").lemma());
    assertThat(new Token("said", 0, 4, "VBD", "say").lemma()).isEqualTo("say");
    assertThat(new Token("said", 0, 4, "VBD", null).lemma()).isNull();
  }

  @Test
  void aClaimWithoutTokensEqualsTheClaimInEverythingElse() {
    Claim c = claim(TEXT, TEXT, List.of(new Token("The", 0, 3, "DT", "the"), new Token("council", 4, 11, "NN", "council")));
    Claim slim = c.withoutTokens();
    assertThat(slim.tokens()).isEmpty();
    assertThat(slim).isEqualTo(claim(TEXT, TEXT, List.of()));
    assertThat(slim.withoutTokens()).isSameAs(slim);
  }

  @Test
  void anArticleWithoutTextKeepsItsHeaderAndACorpusWithoutTextsKeepsDiagnosticsAndOrigins() {
    Article a = new Article("a.txt", "Herald", "Bridge", "https://example.org/a", "2026-01-02", TEXT, List.of("odd encoding"));
    Article header = a.withoutText();
    assertThat(header).isEqualTo(new Article("a.txt", "Herald", "Bridge", "https://example.org/a", "2026-01-02", "", List.of("odd encoding")));
    Corpus corpus = new Corpus(List.of(a), List.of(new Diagnostic("b.txt", "empty file; skipped")),
        List.of(new OutletOrigin("Herald", "Herald Group")));
    Corpus slim = corpus.withoutArticleTexts();
    assertThat(slim.articles()).containsExactly(header);
    assertThat(slim.diagnostics()).isEqualTo(corpus.diagnostics());
    assertThat(slim.declaredOrigins()).isEqualTo(corpus.declaredOrigins());
  }
}
