package org.corroborate.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Fingerprints of draft claims: a SHA-256 of the claim's normalised text (lowercase, spacing
 * collapsed) and its occurrence index among identical texts in the draft, so it does not change
 * when unrelated parts of the draft move or change. Thread safe (stateless).
 */
public final class Fingerprints {
  /** Hex digits kept: 80 bits, plenty to tell a draft's claims apart. */
  static final int LENGTH = 20;

  private Fingerprints() {}

  /** The normalised form two claims share when they read the same. */
  public static String normalize(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The fingerprint of the {@code occurrence}-th (from 0) claim with this normalised text. */
  public static String of(String text, int occurrence) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((normalize(text) + "\n" + occurrence).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
