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
import opennlp.tools.chunker.ChunkerModel;

/**
 * The tagging models in the form the tagging code scores them ({@link PackedMaxent}), written into
 * the engine's classes at build time ({@link ModelPackWriter}) from the OpenNLP model jars. A run
 * reads them as a few bulk arrays: loading an OpenNLP model instead reads its parameters one by one
 * into about a quarter of a million objects, which took most of a short run's start and, live on
 * the heap, made every young collection copy them.
 *
 * <p>Format (big-endian): the {@link #MAGIC} bytes, the {@link #VERSION}, then the chunker's
 * {@link PackedMaxent}; nothing may follow.
 *
 * @param chunker the WSJ chunker's maxent model
 */
record ModelPack(PackedMaxent chunker) {
  /** Where the build puts the pack, on the classpath. */
  static final String RESOURCE = "/org/corroborate/claims/tagging-models.pack";
  static final byte[] MAGIC = "corroborate tagging models\n".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 1;

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
    ChunkerModel chunker = NlpModels.openNlpChunker();
    return new ModelPack(PackedMaxent.of(GreedyChunker.artifact(chunker)));
  }

  /** The pack's bytes in the format {@link #read} reads. */
  byte[] bytes() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 24);
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(MAGIC);
      out.writeInt(VERSION);
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
      ModelPack pack = new ModelPack(PackedMaxent.read(in));
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
}
