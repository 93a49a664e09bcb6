package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** A candidate query reads a bounded number of claims past its budget, and ranks the ones it reads as before. */
class CandidateQueryTest {
  /**
   * Claim 0 and 1 name the town; 2 to 41 share only the common words "flood" and "rain" with claim 0.
   */
  private static final List<String> TEXTS = texts();

  private static List<String> texts() {
    List<String> out = new ArrayList<>(List.of("millford flood rain", "millford bridge road closed"));
    for (int i = 0; i < 40; i++) {
      out.add("flood rain river" + i);
    }
    return out;
  }

  private static List<Integer> top(List<String> rarestFirst, int budget, int k) throws IOException {
    return top(TEXTS, rarestFirst, budget, k);
  }

  private static List<Integer> top(List<String> texts, List<String> rarestFirst, int budget, int k) throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        for (String t : texts) {
          Document d = new Document();
          d.add(new TextField("text", t, Field.Store.NO));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        List<Integer> out = new ArrayList<>();
        IndexSearcher searcher = new IndexSearcher(reader);
        for (ScoreDoc d : searcher.search(CandidateQuery.of("text", rarestFirst, searcher, budget), k).scoreDocs) {
          out.add(d.doc);
        }
        return out;
      }
    }
  }

  @Test
  void termsWithinTheBudgetEachBringInClaims() throws IOException {
    // millford 2 + rain 41 + flood 41 claims: 84, within the budget
    assertThat(top(List.of("millford", "rain", "flood"), 100, 10)).hasSize(10).startsWith(0, 1);
  }

  @Test
  void pastTheBudgetOnlyClaimsSharingTheRarestTermsAreFoundRankedByEveryTerm() throws IOException {
    // millford fits a budget of 10, rain does not: the forty claims sharing only rain and flood are not found,
    // and claim 0 (which also shares rain and flood) still ranks above claim 1
    assertThat(top(List.of("millford", "rain", "flood"), 10, 10)).containsExactly(0, 1);
  }

  @Test
  void theRarestTermIsRequiredEvenWhenItAloneIsPastTheBudget() throws IOException {
    // rain alone is in 41 claims: they are still the candidates, ranked by flood too; the bridge claim is not one
    assertThat(top(List.of("rain", "flood"), 10, 50)).hasSize(41).doesNotContain(1);
  }

  @Test
  void aClaimWhoseRarestTermIsANumberStillFindsTheClaimsGivingAnotherNumber() throws IOException {
    // "387" alone fits a budget of 2 and "toaster" (3 claims) does not, but a number is what two accounts
    // of one fact disagree on: the words are required instead, and the 580 account is found
    List<String> texts = new ArrayList<>(List.of("387 toaster ovens recalled", "580 toaster ovens recalled", "toaster repair"));
    for (int i = 0; i < 40; i++) {
      texts.add("ovens river" + i);
    }
    assertThat(top(texts, List.of("387", "toaster", "ovens"), 2, 10)).startsWith(0).containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void numbersAmountsAndClockTimesAreNumbersAndWordsAreNot() {
    assertThat(List.of("387", "2.5", "200000000", "17h00")).allMatch(CandidateQuery::isNumber);
    assertThat(List.of("toaster", "h", "b52", "")).noneMatch(CandidateQuery::isNumber);
  }
}
