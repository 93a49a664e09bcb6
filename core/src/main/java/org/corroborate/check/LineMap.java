package org.corroborate.check;

import java.util.Arrays;

/**
 * Maps offsets of the text as read (every line ending turned into '\n') back to the file as it is
 * on disk, and raw offsets to 1-based lines and columns. Thread safe (immutable).
 */
final class LineMap {
  private final int[] normalizedToRaw;
  private final int[] lineStarts;

  LineMap(String raw) {
    int[] map = new int[raw.length() + 1];
    int[] starts = new int[16];
    int lines = 1;
    int n = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
        continue; // the pair reads as the '\n' that follows
      }
      map[n++] = i;
      if (c == '\n' || c == '\r') {
        if (lines == starts.length) starts = Arrays.copyOf(starts, lines * 2);
        starts[lines++] = i + 1;
      }
    }
    map[n] = raw.length();
    this.normalizedToRaw = Arrays.copyOf(map, n + 1);
    this.lineStarts = Arrays.copyOf(starts, lines);
  }

  /** The raw offset of an offset into the text as read (clamped to the text). */
  int rawOffset(int normalized) {
    return normalizedToRaw[Math.max(0, Math.min(normalized, normalizedToRaw.length - 1))];
  }

  /** 1-based line of a raw offset. */
  int line(int raw) {
    int i = Arrays.binarySearch(lineStarts, raw);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column of a raw offset, in UTF-16 code units. */
  int column(int raw) {
    return raw - lineStarts[line(raw) - 1] + 1;
  }
}
