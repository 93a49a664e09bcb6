package org.corroborate.sources;

import org.corroborate.outlets.OutletNames;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.corroborate.model.Article;
import org.corroborate.model.OutletOrigin;

/**
 * The outlets one corpus knows: its articles' outlets, the wire agencies and the origins an editor
 * declared in {@code origins.csv}. Resolves a name as written (an article's source, a cited outlet)
 * to one comparison key, so that "Axios" in the manifest and "Axios" cited upstream are one origin,
 * and "WSJ" matches "The Wall Street Journal" when one of the two is known. Immutable, thread safe.
 */
final class OutletRegistry {

  /** An outlet resolved to its key, with the name to show and the agency it is, if any. */
  record Named(String key, String display, WireAgency agency) {}

  private final Map<String, Named> byKey = new TreeMap<>();
  private final Map<String, String> byAcronym = new TreeMap<>();
  private final Map<String, Named> declared = new TreeMap<>();

  OutletRegistry(List<Article> articles, List<OutletOrigin> declarations) {
    for (WireAgency agency : WireAgency.MAJOR) {
      Named named = new Named(OutletNames.key(agency.name()), agency.name(), agency);
      for (String alias : agency.aliases()) {
        byKey.putIfAbsent(OutletNames.key(alias), named);
      }
    }
    // Several spellings of one outlet: show the one most articles use, then the first in order.
    Map<String, Map<String, Integer>> spellings = new TreeMap<>();
    for (Article a : articles) {
      String key = OutletNames.key(a.source());
      Named agency = byKey.get(key);
      if (agency != null) {
        key = agency.key(); // "AP" and "Associated Press" are one outlet
      }
      if (!key.isEmpty()) {
        spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(a.source().strip(), 1, Integer::sum);
      }
    }
    spellings.forEach((key, names) -> {
      String display = names.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
          .findFirst().orElseThrow().getKey();
      Named known = byKey.get(key);
      byKey.put(key, new Named(key, display, known == null ? null : known.agency()));
    });
    for (OutletOrigin d : declarations) {
      String originKey = OutletNames.key(d.origin());
      String outletKey = OutletNames.key(d.outlet());
      if (originKey.isEmpty() || outletKey.isEmpty()) {
        continue;
      }
      Named origin = byKey.getOrDefault(originKey, new Named(originKey, d.origin().strip(), null));
      byKey.putIfAbsent(originKey, origin);
      byKey.putIfAbsent(outletKey, new Named(outletKey, d.outlet().strip(), null));
      declared.putIfAbsent(outletKey, origin);
    }
    for (Named n : byKey.values()) {
      String acronym = OutletNames.acronym(n.key());
      if (!acronym.isEmpty() && !byKey.containsKey(acronym)) {
        byAcronym.putIfAbsent(acronym, n.key());
      }
    }
  }

  /** Whether the name is an outlet or agency this corpus knows (by name, alias or acronym). */
  boolean isKnown(String name) {
    return lookup(OutletNames.key(name)).isPresent();
  }

  /** The outlet a name stands for: a known one when it matches, else a new one named as written. */
  Named resolve(String name) {
    String key = OutletNames.key(name);
    return lookup(key).orElseGet(() -> new Named(key.isEmpty() ? name.strip() : key, OutletNames.display(name), null));
  }

  /** The origin an editor declared for this outlet in origins.csv, if any. */
  Optional<Named> declaredOrigin(Named outlet) {
    Named d = declared.get(outlet.key());
    return d == null || d.key().equals(outlet.key()) ? Optional.empty() : Optional.of(d);
  }

  private Optional<Named> lookup(String key) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Named n = byKey.get(key);
    if (n == null && byAcronym.containsKey(key)) {
      n = byKey.get(byAcronym.get(key));
    }
    if (n == null) {
      String acronym = OutletNames.acronym(key);
      if (!acronym.isEmpty() && byKey.containsKey(acronym)) {
        n = byKey.get(acronym);
      }
    }
    return Optional.ofNullable(n);
  }
}
