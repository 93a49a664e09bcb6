package org.corroborate.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a file's bytes into text: honours a byte-order mark (UTF-8, UTF-16 LE/BE), otherwise
 * decodes UTF-8, replacing malformed bytes and saying so; recognises binary content. Line endings
 * become '\n'. Thread safe (stateless).
 */
final class TextDecoder {
  /** How much of the file's start is inspected for binary content. */
  static final int SNIFF_BYTES = 8192;

  /** Why the bytes are not text, or empty when they are. */
  Optional<String> binaryReason(byte[] bytes) {
    if (startsWith(bytes, "%PDF")) {
      return Optional.of("looks like a PDF, not text");
    }
    if (startsWith(bytes, "PK\u0003\u0004")) {
      return Optional.of("looks like a ZIP or Office file, not text");
    }
    Charset bom = bomCharset(bytes);
    if ((bom != null && bom != StandardCharsets.UTF_8) || utf16WithoutBom(bytes) != null) {
      return Optional.empty();
    }
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return Optional.of("binary file (NUL byte at offset " + i + ")");
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20)) {
        control++;
      }
    }
    if (n > 0 && control * 10 > n) {
      return Optional.of("binary file (" + control + " control bytes in the first " + n + ")");
    }
    return Optional.empty();
  }

  DecodedText decode(byte[] bytes) {
    List<String> warnings = new ArrayList<>();
    Charset charset = bomCharset(bytes);
    int skip = 0;
    if (charset == StandardCharsets.UTF_8) {
      skip = 3;
    } else if (charset != null) {
      skip = 2;
    } else if (utf16WithoutBom(bytes) != null) {
      charset = utf16WithoutBom(bytes);
      warnings.add("no byte-order mark; decoded as " + charset.name() + " from its byte pattern");
    } else {
      charset = StandardCharsets.UTF_8;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    String text;
    try {
      text = strict(charset).decode(in.duplicate()).toString();
    } catch (CharacterCodingException e) {
      int firstBad = firstMalformedOffset(charset, in.duplicate()) + skip;
      text = lenient(charset, in.duplicate());
      warnings.add("invalid " + charset.name() + " (first at byte " + firstBad + "); decoded with replacement characters");
    }
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (text.indexOf('\u0000') >= 0) {
      text = text.replace('\u0000', ' ');
      warnings.add("NUL characters replaced by spaces");
    }
    return new DecodedText(text, warnings);
  }

  private static String lenient(Charset charset, ByteBuffer in) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(in)
          .toString();
    } catch (CharacterCodingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static int firstMalformedOffset(Charset charset, ByteBuffer in) {
    CharsetDecoder decoder = strict(charset);
    CharBuffer out = CharBuffer.allocate(4096);
    int start = in.position();
    while (true) {
      var result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position() - start;
      }
      if (result.isUnderflow()) {
        return in.position() - start;
      }
      out.clear();
    }
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Recognises UTF-16 text without a byte-order mark: in mostly-ASCII UTF-16 every other byte is
   * zero. Returns the charset, or null.
   */
  private static Charset utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, SNIFF_BYTES) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) evenZero++;
      if (b[i + 1] == 0) oddZero++;
    }
    int pairs = n / 2;
    if (oddZero * 10 >= pairs * 9 && evenZero * 10 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero * 10 >= pairs * 9 && oddZero * 10 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    if (bytes.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if ((bytes[i] & 0xff) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
