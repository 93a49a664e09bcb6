package org.corroborate.robust;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of outside text a fact-checking desk may be handed: fragments of every supported
 * format (HTML tags, Markdown markup, front matter, CSV quoting, YAML), mixed with arbitrary
 * characters, lone surrogates, control characters, NUL, byte-order marks and line endings of every
 * kind, and the same text encoded as UTF-8, UTF-16 with or without a byte-order mark, or as
 * arbitrary bytes.
 */
public final class HostileText {
  private HostileText() {}

  private static final String[] FRAGMENTS = {
    "The council said on Tuesday that the bridge would reopen in March. ", "Officials denied the report. ",
    "\u201cWe will not comment,\u201d a spokesperson told Reuters. ", "It cost $200 million, up 5% from 2025. ",
    "<html>", "<head>", "<title>", "</title>", "<meta property=\"og:site_name\" content=\"", "\">", "<body>",
    "<article>", "</article>", "<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<!--", "-->", "<![CDATA[",
    "]]>", "<br>", "<li>", "&amp;", "&#0;", "&#x110000;", "<time datetime=\"", "<", ">", "\"", "'", "&",
    "---\n", "...\n", "source: ", "title: ", "published: ", "url: ", "{", "}", "[", "]", "- ", "* ", "# ", "## ",
    "> ", "```\n", "~~~", "`", "**", "__", "_", "*", "[link](", ")", "![img](x.png)", "[ref]: http://x\n",
    "file,source,url,published,aliases\n", ",", ";", "|", "\"\"", "..", "../", "/etc/passwd", "C:\\x",
    "min-sources: ", "fail-on: [", "files: ", "corpus: ", "index: ", "waivers: ", "!!binary ", "&anchor ", "*anchor",
    "%", "%25", "::", "::error file=x::", "\u001b[31m", "\u0007", "\u0008", "\u0000", "\u007f", "\u009b",
    "\u202e", "\u2028", "\u2029", "\ufeff", "\ufffd", "\ud800", "\udc00", "\ud83d\ude00", "\u0301",
    "\r\n", "\r", "\n", "\n\n", "\t", " ", "   ", "\u00a0",
    "\u0627\u0644\u0645\u062c\u0644\u0633 ", "\u4f1a\u8bae ", "\u0441\u043e\u0432\u0435\u0442 ", "\u00e9t\u00e9 ",
    "\u0928\u092e\u0938\u094d\u0924\u0947 ", "U.S. ", "Dr. ", "p.m. ", "?", "!", ".", "...", "\u2014", "\u2019s ",
  };

  /** Text made of format fragments and arbitrary characters, up to about 200 pieces. */
  public static Arbitrary<String> text() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of(FRAGMENTS)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(8)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().alpha().numeric().withChars(" .,").ofMaxLength(30)));
    return piece.list().ofMaxSize(200).map(l -> String.join("", l));
  }

  /** Bytes of a file: hostile text in some encoding, or arbitrary bytes. */
  public static Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> encoded = Combinators.combine(text(), Arbitraries.integers().between(0, 5)).as((t, enc) -> switch (enc) {
      case 0 -> t.getBytes(StandardCharsets.UTF_16LE);
      case 1 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, t.getBytes(StandardCharsets.UTF_16LE));
      case 2 -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, t.getBytes(StandardCharsets.UTF_16BE));
      case 3 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, t.getBytes(StandardCharsets.UTF_8));
      default -> t.getBytes(StandardCharsets.UTF_8);
    });
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    Arbitrary<byte[]> corrupted = Combinators.combine(text(), Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(20))
        .as((t, junk) -> concat(t.getBytes(StandardCharsets.UTF_8), junk));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, encoded), net.jqwik.api.Tuple.of(2, raw), net.jqwik.api.Tuple.of(2, corrupted));
  }

  /** The file extensions the corpus reader and the draft reader accept, in mixed case. */
  public static Arbitrary<String> extension() {
    return Arbitraries.of("txt", "md", "markdown", "html", "htm", "TXT", "Html");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
