package org.corroborate.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * corpus is about, never a name that recurs across its stories. Computed once from every article's
 * names; an article that names only one thing adds nothing to a group.
 */
final class SharedAcrossStories {
  /** The fewest articles in a group that counts as a story of its own. */
  private static final int STORY_ARTICLES = 2;

  private SharedAcrossStories() {}

  static Set<String> of(Map<String, Set<String>> namesOf) {
    Map<String, List<String>> articlesOf = new TreeMap<>();
    new TreeMap<>(namesOf).forEach((article, names) -> {
      for (String n : names) {
        articlesOf.computeIfAbsent(n, k -> new ArrayList<>()).add(article);
      }
    });
    Set<String> out = new HashSet<>();
    articlesOf.forEach((name, articles) -> {
      if (articles.size() >= 2 * STORY_ARTICLES && 2 * articles.size() <= namesOf.size()
          && groups(name, articles, namesOf) >= 2) {
        out.add(name);
      }
    });
    return Set.copyOf(out);
  }

  /** How many groups of at least {@link #STORY_ARTICLES} the articles form, linked by names other than {@code name}. */
  private static int groups(String name, List<String> articles, Map<String, Set<String>> namesOf) {
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
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      sizes.merge(root(parent, i), 1, Integer::sum);
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
