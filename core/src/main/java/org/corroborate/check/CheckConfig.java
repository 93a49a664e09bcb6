package org.corroborate.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The check's settings from {@code .corroborate.yml}; every field may be absent (null). Paths are
 * relative to the file's folder.
 *
 * @param corpus the corpus folder to check against
 * @param index the index folder to check against (instead of a corpus)
 * @param minSources independent sources a claim needs
 * @param failOn verdicts that fail the check
 * @param files globs of the drafts to check under a folder given as DRAFT, or under the config's
 *     folder when no DRAFT is given
 * @param ignoreOutlets corpus outlets left out of the check
 * @param waivers a waiver file
 */
public record CheckConfig(
    @JsonProperty("corpus") String corpus,
    @JsonProperty("index") String index,
    @JsonProperty("min-sources") Integer minSources,
    @JsonProperty("fail-on") List<String> failOn,
    @JsonProperty("files") List<String> files,
    @JsonProperty("ignore-outlets") List<String> ignoreOutlets,
    @JsonProperty("waivers") String waivers) {
  /** The keys a config file may have, in the order the docs list them. */
  public static final List<String> KEYS = List.of("corpus", "index", "min-sources", "fail-on", "files", "ignore-outlets", "waivers");

  public static final CheckConfig EMPTY = new CheckConfig(null, null, null, null, null, null, null);

  public CheckConfig {
    failOn = failOn == null ? null : List.copyOf(failOn);
    files = files == null ? null : List.copyOf(files);
    ignoreOutlets = ignoreOutlets == null ? null : List.copyOf(ignoreOutlets);
  }
}
