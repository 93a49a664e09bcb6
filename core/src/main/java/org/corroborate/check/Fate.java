package org.corroborate.check;

import java.util.List;

/**
 * The corpus's say on one draft claim, before waivers and fail-on are applied.
 *
 * @param verdict what the corpus says of it
 * @param independentSources N, the independent corpus sources that back it
 * @param sources the names of those sources
 * @param support the corpus claims that back it
 * @param oppositions the corpus claims against it
 */
public record Fate(Verdict verdict, int independentSources, List<String> sources, List<CorpusClaim> support,
    List<Opposition> oppositions) {}
