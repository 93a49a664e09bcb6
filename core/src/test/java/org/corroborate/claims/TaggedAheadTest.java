package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.Article;
import org.junit.jupiter.api.Test;

class TaggedAheadTest {

  @Test
  void sentencesTaggedAheadByAnotherExtractorGiveTheSameClaimsForEverySeed() throws Exception {
    ClaimExtractor tagging = new ClaimExtractor();
    ClaimExtractor extracting = new ClaimExtractor();
    for (Article article : new CorpusReader().read(Path.of("..", "seeds")).articles()) {
      List<TaggedAhead> ahead = new ArrayList<>();
      for (int[] block : ClaimExtractor.blocksToTag(article)) {
        ahead.add(tagging.tagAhead(article.text(), block[0], block[1]));
      }
      assertThat(ahead.stream().mapToInt(TaggedAhead::size).sum()).as(article.id()).isPositive();
      assertThat(extracting.extract(article, ahead)).as(article.id()).isEqualTo(new ClaimExtractor().extract(article));
    }
  }

  @Test
  void sentencesTaggedAheadForAnotherTextAreNotUsed() {
    Article first = new Article("a", "Outlet", "", "", null, "The council approved the budget on Monday.", List.of());
    Article second = new Article("b", "Outlet", "", "", null, "The mayor closed the old bridge on Friday.", List.of());
    ClaimExtractor extractor = new ClaimExtractor();
    int[] block = ClaimExtractor.blocksToTag(first).get(0);
    TaggedAhead ahead = extractor.tagAhead(first.text(), block[0], block[1]);
    assertThat(extractor.extract(second, List.of(ahead))).isEqualTo(extractor.extract(second));
  }

  @Test
  void droppedBlocksAreNotListedForTagging() {
    String text = "Subscribe to our newsletter for more stories like this.\n\nThe council approved the budget on Monday.";
    Article article = new Article("a", "Outlet", "", "", null, text, List.of());
    List<int[]> blocks = ClaimExtractor.blocksToTag(article);
    assertThat(blocks).isNotEmpty();
    assertThat(blocks).allSatisfy(b -> assertThat(text.substring(b[0], b[1])).doesNotContain("newsletter"));
  }
}
