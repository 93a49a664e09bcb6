package org.corroborate.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corroborate.check.CorpusAnalysis;
import org.corroborate.model.Claim;
import org.corroborate.model.Contradiction;
import org.corroborate.model.ContradictionType;
import org.corroborate.model.DateMention;
import org.corroborate.model.Origin;
import org.corroborate.model.Quantity;
import org.corroborate.model.Severity;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.corroborate.model.Token;

/**
 * The binary form of what a check reads by the hundred from the index: claims (with their tokens),
 * stored clusters and their contradictions. A check parses a few thousand of them; as JSON that
 * parsing was most of the time spent reading the index. Each record is written as its components in
 * declaration order: integers as unsigned variable-length numbers (sign-folded where they may be
 * negative), strings as their UTF-8 length plus one (0 for null) and bytes, lists as their size and
 * elements, enums by name, doubles as their 8 IEEE bytes. The records are rebuilt with their
 * canonical constructors, so they validate and intern as when first made. A change to those
 * records' components needs a new {@link CorpusIndex#FORMAT}. Stateless; thread safe.
 */
final class StoredBinary {
  private StoredBinary() {}

  /** A claim, tokens included. */
  static byte[] claim(Claim c) {
    Out o = new Out(256 + 24 * c.tokens().size());
    o.string(c.id());
    o.string(c.articleId());
    o.string(c.source());
    o.string(c.text());
    o.string(c.sentence());
    o.signed(c.sentenceStart());
    o.signed(c.start());
    o.signed(c.end());
    o.size(c.spans().size());
    for (Span s : c.spans()) {
      o.signed(s.start());
      o.signed(s.end());
    }
    o.string(c.speaker());
    o.string(c.speakerName());
    o.string(c.stance().name());
    o.bool(c.hedged());
    o.bool(c.negated());
    o.bool(c.headline());
    o.strings(c.cues());
    o.size(c.numbers().size());
    for (Quantity q : c.numbers()) {
      o.string(q.text());
      o.dbl(q.value());
      o.string(q.unit());
      o.string(q.bound());
      o.string(q.counted());
    }
    o.size(c.dates().size());
    for (DateMention d : c.dates()) {
      o.string(d.text());
      o.string(d.normalized());
    }
    o.string(c.citedSource());
    o.bool(c.quote());
    o.size(c.tokens().size());
    for (Token t : c.tokens()) {
      o.string(t.text());
      o.signed(t.start());
      o.signed(t.end());
      o.string(t.pos());
      o.string(t.lemma());
    }
    return o.bytes();
  }

  /** The claim written by {@link #claim(Claim)} at {@code bytes[offset..offset+length)}. */
  static Claim claim(byte[] bytes, int offset, int length) {
    In in = new In(bytes, offset, length);
    String id = in.string();
    String articleId = in.string();
    String source = in.string();
    String text = in.string();
    String sentence = in.string();
    int sentenceStart = in.signed();
    int start = in.signed();
    int end = in.signed();
    Span[] spans = new Span[in.size()];
    for (int i = 0; i < spans.length; i++) {
      spans[i] = new Span(in.signed(), in.signed());
    }
    String speaker = in.string();
    String speakerName = in.string();
    Stance stance = Stance.valueOf(in.string());
    boolean hedged = in.bool();
    boolean negated = in.bool();
    boolean headline = in.bool();
    List<String> cues = in.strings();
    Quantity[] numbers = new Quantity[in.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = new Quantity(in.string(), in.dbl(), in.string(), in.string(), in.string());
    }
    DateMention[] dates = new DateMention[in.size()];
    for (int i = 0; i < dates.length; i++) {
      dates[i] = new DateMention(in.string(), in.string());
    }
    String citedSource = in.string();
    boolean quote = in.bool();
    Token[] tokens = new Token[in.size()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = new Token(in.string(), in.signed(), in.signed(), in.string(), in.string());
    }
    in.end();
    return new Claim(id, articleId, source, text, sentence, sentenceStart, start, end, Arrays.asList(spans), speaker,
        speakerName, stance, hedged, negated, headline, cues, Arrays.asList(numbers), Arrays.asList(dates), citedSource,
        quote, Arrays.asList(tokens));
  }

  /** A stored cluster with its place in the analysis's list of clusters. */
  static byte[] cluster(CorpusIndex.ClusterDoc doc) {
    CorpusAnalysis.StoredCluster c = doc.cluster();
    Out o = new Out(64 + 16 * c.claimIds().size());
    o.size(doc.order());
    o.string(c.id());
    o.strings(c.claimIds());
    o.size(c.origins().size());
    for (Origin origin : c.origins()) {
      o.string(origin.name());
      o.strings(origin.sources());
      o.strings(origin.claimIds());
      o.string(origin.reason());
    }
    return o.bytes();
  }

  /** The stored cluster written by {@link #cluster(CorpusIndex.ClusterDoc)}. */
  static CorpusIndex.ClusterDoc cluster(byte[] bytes, int offset, int length) {
    In in = new In(bytes, offset, length);
    int order = in.size();
    String id = in.string();
    List<String> claimIds = in.strings();
    Origin[] origins = new Origin[in.size()];
    for (int i = 0; i < origins.length; i++) {
      origins[i] = new Origin(in.string(), in.strings(), in.strings(), in.string());
    }
    in.end();
    return new CorpusIndex.ClusterDoc(order, new CorpusAnalysis.StoredCluster(id, claimIds, Arrays.asList(origins)));
  }

  /** The stored contradictions of a cluster's members, with their places in the analysis's list. */
  static byte[] contradictions(CorpusIndex.ClusterContradictions xs) {
    Out o = new Out(16 + 128 * xs.contradictions().size());
    o.size(xs.orders().size());
    for (int order : xs.orders()) {
      o.size(order);
    }
    o.size(xs.contradictions().size());
    for (Contradiction x : xs.contradictions()) {
      o.string(x.id());
      o.string(x.type().name());
      o.string(x.summary());
      o.string(x.severity().name());
      o.strings(x.claimIds());
      o.strings(x.sources());
    }
    return o.bytes();
  }

  /** The contradictions written by {@link #contradictions(CorpusIndex.ClusterContradictions)}. */
  static CorpusIndex.ClusterContradictions contradictions(byte[] bytes, int offset, int length) {
    In in = new In(bytes, offset, length);
    Integer[] orders = new Integer[in.size()];
    for (int i = 0; i < orders.length; i++) {
      orders[i] = in.size();
    }
    Contradiction[] xs = new Contradiction[in.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = new Contradiction(in.string(), ContradictionType.valueOf(in.string()), in.string(),
          Severity.valueOf(in.string()), in.strings(), in.strings());
    }
    in.end();
    return new CorpusIndex.ClusterContradictions(Arrays.asList(orders), Arrays.asList(xs));
  }

  /** A growing byte array. */
  private static final class Out {
    private byte[] buf;
    private int size;

    Out(int capacity) {
      buf = new byte[capacity];
    }

    void size(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("negative size or position: " + n);
      }
      varint(n);
    }

    void signed(int n) {
      varint((n << 1) ^ (n >> 31));
    }

    private void varint(int n) {
      ensure(5);
      while ((n & ~0x7F) != 0) {
        buf[size++] = (byte) ((n & 0x7F) | 0x80);
        n >>>= 7;
      }
      buf[size++] = (byte) n;
    }

    void bool(boolean b) {
      ensure(1);
      buf[size++] = (byte) (b ? 1 : 0);
    }

    void dbl(double d) {
      long bits = Double.doubleToRawLongBits(d);
      ensure(8);
      for (int i = 0; i < 8; i++) {
        buf[size++] = (byte) (bits >>> (8 * i));
      }
    }

    void string(String s) {
      if (s == null) {
        varint(0);
        return;
      }
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      varint(utf8.length + 1);
      ensure(utf8.length);
      System.arraycopy(utf8, 0, buf, size, utf8.length);
      size += utf8.length;
    }

    void strings(List<String> list) {
      size(list.size());
      for (String s : list) {
        string(s);
      }
    }

    private void ensure(int more) {
      if (size + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
      }
    }

    byte[] bytes() {
      return Arrays.copyOf(buf, size);
    }
  }

  /** Reads what {@link Out} wrote; a record that ends early or late is refused. */
  private static final class In {
    private final byte[] buf;
    private final int limit;
    private int at;

    In(byte[] buf, int offset, int length) {
      this.buf = buf;
      this.at = offset;
      this.limit = offset + length;
    }

    int size() {
      return varint();
    }

    int signed() {
      int n = varint();
      return (n >>> 1) ^ -(n & 1);
    }

    private int varint() {
      int n = 0;
      for (int shift = 0; shift < 32; shift += 7) {
        byte b = next();
        n |= (b & 0x7F) << shift;
        if (b >= 0) {
          return n;
        }
      }
      throw new IllegalStateException("malformed stored record: a number runs past 32 bits");
    }

    boolean bool() {
      return next() != 0;
    }

    double dbl() {
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits |= (next() & 0xFFL) << (8 * i);
      }
      return Double.longBitsToDouble(bits);
    }

    String string() {
      int n = varint();
      if (n == 0) {
        return null;
      }
      int length = n - 1;
      if (length > limit - at) {
        throw new IllegalStateException("malformed stored record: a string runs past its end");
      }
      String s = new String(buf, at, length, StandardCharsets.UTF_8);
      at += length;
      return s;
    }

    List<String> strings() {
      int n = size();
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(string());
      }
      return out;
    }

    private byte next() {
      if (at >= limit) {
        throw new IllegalStateException("malformed stored record: it ends early");
      }
      return buf[at++];
    }

    void end() {
      if (at != limit) {
        throw new IllegalStateException("malformed stored record: " + (limit - at) + " bytes left over");
      }
    }
  }
}
