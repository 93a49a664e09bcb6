package org.corroborate.check;

import java.util.Objects;

/**
 * Why a finding does not fail the check: an editor waived it.
 *
 * @param reason the editor's reason, as written
 * @param origin where the waiver comes from: {@code inline} (a comment in the draft) or
 *     {@code file} (a waiver file)
 */
public record Waiver(String reason, String origin) {
  public static final String INLINE = "inline";
  public static final String FILE = "file";

  public Waiver {
    reason = reason == null ? "" : reason;
    Objects.requireNonNull(origin, "origin");
  }
}
