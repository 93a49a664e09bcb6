package org.corroborate.app.check;

import java.util.List;
import java.util.stream.Collectors;
import org.corroborate.check.ClaimFinding;
import org.corroborate.check.CorpusClaim;
import org.corroborate.check.Opposition;

/** The one-paragraph message each machine format shows for a finding. Thread safe (stateless). */
final class Messages {
  /** Corpus claims quoted in a message at most; the rest are counted. */
  static final int MAX_QUOTED = 3;

  private Messages() {}

  static String title(ClaimFinding f) {
    return switch (f.verdict()) {
      case SUPPORTED -> "Supported claim";
      case SINGLE_SOURCE -> "Claim rests on too few sources";
      case UNSUPPORTED -> "Claim not found in the corpus";
      case CONTRADICTED -> "Claim contradicted by the corpus";
    };
  }

  static String message(ClaimFinding f, int minSources) {
    StringBuilder b = new StringBuilder();
    b.append('"').append(f.text()).append("\" ");
    switch (f.verdict()) {
      case CONTRADICTED -> {
        b.append("is contradicted by ");
        b.append(f.oppositions().stream().limit(MAX_QUOTED)
            .map(o -> o.claim().source() + " (" + o.type() + "): \"" + o.claim().text() + "\"")
            .collect(Collectors.joining("; ")));
        more(b, f.oppositions().size());
      }
      case UNSUPPORTED -> b.append("is not supported by any source in the corpus.");
      case SINGLE_SOURCE -> b.append("rests on ").append(f.independentSources()).append(" independent source")
          .append(f.independentSources() == 1 ? "" : "s").append(" (").append(String.join(", ", f.sources()))
          .append("); ").append(minSources).append(" required.");
      case SUPPORTED -> b.append("is supported by ").append(f.independentSources()).append(" independent source")
          .append(f.independentSources() == 1 ? "" : "s").append(": ").append(String.join(", ", f.sources())).append('.');
    }
    if (f.waiver() != null) {
      b.append(" Waived (").append(f.waiver().origin()).append("): ").append(f.waiver().reason());
    }
    return b.toString();
  }

  static String supportList(List<CorpusClaim> support) {
    return support.stream().map(c -> c.source() + ": \"" + c.text() + "\"").collect(Collectors.joining("; "));
  }

  static String oppositionList(List<Opposition> oppositions) {
    return oppositions.stream().map(o -> o.claim().source() + " (" + o.type() + "): \"" + o.claim().text() + "\"").collect(Collectors.joining("; "));
  }

  private static void more(StringBuilder b, int total) {
    if (total > MAX_QUOTED) b.append(" and ").append(total - MAX_QUOTED).append(" more");
    b.append('.');
  }
}
