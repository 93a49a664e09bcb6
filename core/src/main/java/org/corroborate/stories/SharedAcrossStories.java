package org.corroborate.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The names that recur across stories: a name whose articles, linked by the other names they share, fall
 * into two or more separate groups of at least two articles each. "red cross" in a desk's archive is
 * named by every flood's coverage, and the floods' articles are linked to each other by their towns and
 * rivers, not across floods: the Red Cross recurs across stories. In a folder about one story its main
 * names ("anthropic", "pentagon") are named by articles that share other names too, so they form one
 * group and are that story's names; and a name that more than half of the articles use is what the
 * corpus is about, never a name that recurs across its stories. Each such name keeps its articles'
 * groups: two articles of one group (linked through other articles by other names) are of one story
 * even when this name is all they share. Computed once from every article's names; immutable.
 */
final class SharedAcrossStories {
  /** The fewest articles in a group that counts as a story of its own. */
  private static final int STORY_ARTICLES = 2;

  /** For each name that recurs across stories, the group of each of its articles. */
  private final Map<String, Map<String, Integer>> groupOf;

  private SharedAcrossStories(Map<String, Map<String, Integer>> groupOf) {
    this.groupOf = groupOf;
  }

  static SharedAcrossStories of(Map<String, Set<String>> namesOf) {
    Map<String, List<String>> articlesOf = new TreeMap<>();
    new TreeMap<>(namesOf).forEach((article, names) -> {
      for (String n : names) {
        articlesOf.computeIfAbsent(n, k -> new ArrayList<>()).add(article);
      }
    });
    Map<String, Map<String, Integer>> out = new HashMap<>();
    articlesOf.forEach((name, articles) -> {
      if (articles.size() >= 2 * STORY_ARTICLES && 2 * articles.size() <= namesOf.size()) {
        int[] group = groups(name, articles, namesOf);
        if (storyGroups(group) >= 2) {
          Map<String, Integer> byArticle = new HashMap<>();
          for (int i = 0; i < articles.size(); i++) {
            byArticle.put(articles.get(i), group[i]);
          }
          out.put(name, byArticle);
        }
      }
    });
    return new SharedAcrossStories(out);
  }

  /** Whether the name recurs across stories. */
  boolean contains(String name) {
    return groupOf.containsKey(name);
  }

  /** Whether two articles that both use this name are in one of its groups. */
  boolean sameGroup(String name, String articleA, String articleB) {
    Map<String, Integer> groups = groupOf.get(name);
    return groups != null && groups.get(articleA).equals(groups.get(articleB));
  }

  /** The group (a representative position) of each article, linked by names other than {@code name}. */
  private static int[] groups(String name, List<String> articles, Map<String, Set<String>> namesOf) {
    int[] parent = new int[articles.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstWith = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      for (String other : namesOf.get(articles.get(i))) {
        if (other.equals(name)) {
          continue;
        }
        Integer first = firstWith.putIfAbsent(other, i);
        if (first != null) {
          parent[root(parent, i)] = root(parent, first);
        }
      }
    }
    int[] group = new int[parent.length];
    for (int i = 0; i < parent.length; i++) {
      group[i] = root(parent, i);
    }
    return group;
  }

  /** How many groups hold at least {@link #STORY_ARTICLES} articles. */
  private static int storyGroups(int[] group) {
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int g : group) {
      sizes.merge(g, 1, Integer::sum);
    }
    return (int) sizes.values().stream().filter(n -> n >= STORY_ARTICLES).count();
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
