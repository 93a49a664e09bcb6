package org.corroborate.claims;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The tagging models in the form the tagging code scores them ({@link PackedMaxent}), written into
 * the engine's classes at build time ({@link ModelPackWriter}) from the OpenNLP model jars. A run
 * reads them as a few bulk arrays: loading an OpenNLP model instead reads its parameters one by one
 * into about a quarter of a million objects, which took most of a short run's start and, live on
 * the heap, made every young collection copy them.
 *
 * <p>Format (big-endian): the {@link #MAGIC} bytes, the {@link #VERSION}; the POS model (its
 * outcomes and maxent table as a {@link PackedMaxent}, its tag dictionary's case flag, word count
 * and each word with its tags, its beam size); then the chunker's {@link PackedMaxent}; nothing may
 * follow. A string is its UTF-8 length and bytes.
 *
 * @param pos the WSJ POS tagger's model
 * @param chunker the WSJ chunker's maxent model
 */
record ModelPack(PosModelParts pos, PackedMaxent chunker) {
  /** Where the build puts the pack, on the classpath. */
  static final String RESOURCE = "/org/corroborate/claims/tagging-models.pack";
  static final byte[] MAGIC = "corroborate tagging models\n".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 2;

  /** The pack the build wrote onto the classpath, or empty when there is none (an unbuilt checkout). */
  static Optional<ModelPack> fromClasspath() {
    try (InputStream in = ModelPack.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(read(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the model pack " + RESOURCE, e);
    }
  }

  /** The pack built from the OpenNLP model jars on the classpath (what the build writes). */
  static ModelPack fromOpenNlp() {
    return new ModelPack(PosModelParts.of(NlpModels.openNlpPos()),
        PackedMaxent.of(GreedyChunker.artifact(NlpModels.openNlpChunker())));
  }

  /** The pack's bytes in the format {@link #read} reads. */
  byte[] bytes() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 24);
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(MAGIC);
      out.writeInt(VERSION);
      writePos(out, pos);
      chunker.write(out);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array stream does not fail
    }
  }

  /**
   * Reads a pack {@link #bytes} wrote.
   *
   * @throws IllegalArgumentException when the bytes are not such a pack, of this version, whole
   */
  static ModelPack read(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      byte[] magic = new byte[MAGIC.length];
      in.get(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IllegalArgumentException("not a corroborate model pack");
      }
      int version = in.getInt();
      if (version != VERSION) {
        throw new IllegalArgumentException("version " + version + ", this build reads version " + VERSION);
      }
      ModelPack pack = new ModelPack(readPos(in), PackedMaxent.read(in));
      if (in.hasRemaining()) {
        throw new IllegalArgumentException(in.remaining() + " bytes after the last model");
      }
      return pack;
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("model pack: truncated", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("model pack: " + e.getMessage(), e);
    }
  }

  private static void writePos(DataOutputStream out, PosModelParts pos) throws IOException {
    pos.maxent().write(out);
    PosTagDictionary dictionary = pos.dictionary();
    out.writeBoolean(dictionary.caseSensitive());
    out.writeInt(dictionary.size());
    for (int i = 0; i < dictionary.size(); i++) {
      PackedMaxent.writeString(out, dictionary.word(i));
      String[] tags = dictionary.tags(i);
      out.writeInt(tags.length);
      for (String tag : tags) {
        PackedMaxent.writeString(out, tag);
      }
    }
    out.writeInt(pos.beamSize());
  }

  private static PosModelParts readPos(ByteBuffer in) {
    PackedMaxent maxent = PackedMaxent.read(in);
    boolean caseSensitive = in.get() != 0;
    int words = in.getInt();
    if (words < 0 || words > in.remaining()) {
      throw new IllegalArgumentException("tag dictionary of " + words + " words");
    }
    String[] word = new String[words];
    String[][] tags = new String[words][];
    for (int i = 0; i < words; i++) {
      word[i] = PackedMaxent.readString(in);
      int n = in.getInt();
      if (n < 1 || n > maxent.numOutcomes()) {
        throw new IllegalArgumentException("tag dictionary word with " + n + " tags");
      }
      tags[i] = new String[n];
      for (int k = 0; k < n; k++) {
        tags[i][k] = PackedMaxent.readString(in);
      }
    }
    return new PosModelParts(maxent, new PosTagDictionary(word, tags, caseSensitive), in.getInt());
  }

  /** Whether {@code other} holds the same models, table for table and word for word. */
  boolean sameAs(ModelPack other) {
    return chunker.sameAs(other.chunker) && pos.beamSize() == other.pos.beamSize()
        && pos.maxent().sameAs(other.pos.maxent())
        && sameDictionary(pos.dictionary(), other.pos.dictionary());
  }

  private static boolean sameDictionary(PosTagDictionary a, PosTagDictionary b) {
    if (a.caseSensitive() != b.caseSensitive() || a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.word(i).equals(b.word(i)) || !Arrays.equals(a.tags(i), b.tags(i))) {
        return false;
      }
    }
    return true;
  }
}
