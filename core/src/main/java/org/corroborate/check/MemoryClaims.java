package org.corroborate.check;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.cluster.ClaimSearch;
import org.corroborate.cluster.TermStats;
import org.corroborate.model.ArticleClaims;
import org.corroborate.model.Claim;

/** A corpus's claims held in memory, searched by an in-memory {@link ClaimSearch}. Thread safe (searches one at a time). */
public final class MemoryClaims implements CorpusClaims {
  private final Map<String, Claim> byId = new HashMap<>();
  private final ClaimSearch search;

  public MemoryClaims(List<ArticleClaims> extracted) {
    for (ArticleClaims ac : extracted) {
      ac.claims().forEach(c -> byId.put(c.id(), c));
    }
    search = ClaimSearch.inMemory(extracted.stream().flatMap(ac -> ac.claims().stream()).toList());
  }

  @Override
  public synchronized List<String> nearest(Claim claim, TermStats stats, int k) {
    return search.nearest(claim, stats, k).stream().map(ClaimSearch.Hit::id).toList();
  }

  @Override
  public Map<String, Claim> load(Collection<String> ids) {
    Map<String, Claim> out = new TreeMap<>();
    for (String id : ids) {
      Claim c = byId.get(id);
      if (c != null) out.put(id, c);
    }
    return out;
  }

  @Override
  public void close() {
    search.close();
  }
}
