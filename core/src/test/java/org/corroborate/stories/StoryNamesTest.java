package org.corroborate.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.junit.jupiter.api.Test;

/** Which articles may be about one story, from the whole names their claims use. */
class StoryNamesTest {
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private static StoryNames names(String... idAndText) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < idAndText.length; i += 2) {
      claims.addAll(EXTRACTOR.extract(new Article(idAndText[i], "Outlet " + i, "", null, null, idAndText[i + 1],
          List.of())).claims());
    }
    return new StoryNames(claims);
  }

  /** Two floods that both name the Red Cross, and two stories that do not. */
  private static StoryNames archive() {
    return names(
        "flood1a.txt", "The Red Cross opened 5 shelters in Millford on Friday. The Kettle River rose overnight.",
        "flood1b.txt", "Residents of Millford slept in shelters run by the Red Cross. The Kettle River crested at noon.",
        "flood2a.txt", "The Red Cross opened 6 shelters in Dunbar on Sunday. The Otter River rose overnight.",
        "flood2b.txt", "Residents of Dunbar slept in shelters run by the Red Cross. The Otter River crested at dawn.",
        "budget1.txt", "The council of Ashby approved the budget on Tuesday. Mayor Ruth Novak signed it.",
        "budget2.txt", "Mayor Ruth Novak said the Ashby budget keeps the library open.",
        "strike1.txt", "Nurses at Mercy Hospital in Kelso walked off the job on Monday.",
        "strike2.txt", "The strike at Mercy Hospital entered its second day in Kelso.");
  }

  @Test
  void aNameEveryFloodsCoverageUsesIsNoEvidenceThatTwoFloodsAreOneStory() {
    StoryNames names = archive();
    assertThat(names.mayShareStory("flood1a.txt", "flood2a.txt")).isFalse();
    assertThat(names.mayShareStory("flood1b.txt", "flood2b.txt")).isFalse();
  }

  @Test
  void twoAccountsOfOneFloodStillShareTheirStory() {
    StoryNames names = archive();
    assertThat(names.mayShareStory("flood1a.txt", "flood1b.txt")).isTrue();
    assertThat(names.mayShareStory("flood2a.txt", "flood2b.txt")).isTrue();
  }

  @Test
  void inAFolderAboutOneStoryItsSubjectLinksArticlesThatShareNothingElse() {
    // two pairs of articles linked by other names, the subject in all of them: it is the corpus's
    // subject, not a name that recurs across stories
    StoryNames names = names(
        "a.txt", "On Thursday, Anthropic rejected the demand of the Pentagon.",
        "b.txt", "The Pentagon gave Anthropic until Friday, officials said.",
        "c.txt", "Dario Amodei has led Anthropic since its founding.",
        "d.txt", "Staff met Dario Amodei of Anthropic on Wednesday.");
    assertThat(names.mayShareStory("a.txt", "c.txt")).isTrue();
    assertThat(names.mayShareStory("b.txt", "d.txt")).isTrue();
  }

  @Test
  void articlesThatNameNothingInCommonAreDifferentStories() {
    StoryNames names = archive();
    assertThat(names.mayShareStory("budget1.txt", "strike1.txt")).isFalse();
    assertThat(names.mayShareStory("budget1.txt", "budget2.txt")).isTrue();
  }

  @Test
  void twoAccountsOfOneFloodThatShareOnlyTheRedCrossAreLinkedThroughAThirdAccount() {
    StoryNames names = names(
        "town.txt", "The Red Cross opened 5 shelters in Millford on Friday.",
        "river.txt", "Volunteers of the Red Cross waded along the Kettle River at noon.",
        "both.txt", "The Kettle River flooded Millford, and the Red Cross sent volunteers.",
        "other1.txt", "The Red Cross opened 6 shelters in Dunbar on Sunday.",
        "other2.txt", "Residents of Dunbar slept in shelters run by the Red Cross.",
        "budget1.txt", "The council of Ashby approved the budget on Tuesday. Mayor Ruth Novak signed it.",
        "budget2.txt", "Mayor Ruth Novak said the Ashby budget keeps the library open.",
        "strike1.txt", "Nurses at Mercy Hospital in Kelso walked off the job on Monday.",
        "strike2.txt", "The strike at Mercy Hospital entered its second day in Kelso.",
        "school.txt", "Principal Omar Haddad opened the new school in Pinecrest.");
    // the town's and the river's accounts share only the Red Cross, but the third names both
    assertThat(names.mayShareStory("town.txt", "river.txt")).isTrue();
    assertThat(names.mayShareStory("town.txt", "other1.txt")).isFalse();
    assertThat(names.mayShareStory("river.txt", "other2.txt")).isFalse();
  }
}
