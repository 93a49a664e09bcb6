package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelPackTest {
  private static ModelPack fromModels;
  private static byte[] bytes;

  @BeforeAll
  static void build() {
    fromModels = ModelPack.fromOpenNlp();
    bytes = fromModels.bytes();
  }

  @Test
  void theBuildWroteThePackOfTheModelJarsOnTheClasspath() {
    ModelPack built = ModelPack.fromClasspath().orElseThrow(
        () -> new AssertionError(ModelPack.RESOURCE + " is not on the classpath: the build step did not run"));
    assertThat(built.sameAs(fromModels)).isTrue();
  }

  @Test
  void aPackReadBackWritesTheSameBytes() {
    ModelPack read = ModelPack.read(bytes);
    assertThat(read.sameAs(fromModels)).isTrue();
    assertThat(read.pos().dictionary().size()).isGreaterThan(1000);
    assertThat(read.pos().outcomes()).contains("NN", "VBD", "NNP");
    assertThat(read.bytes()).isEqualTo(bytes);
  }

  @Test
  void theSameModelsGiveTheSameBytes() {
    assertThat(ModelPack.fromOpenNlp().bytes()).isEqualTo(bytes);
  }

  @Test
  void aTruncatedPackIsRefusedWithAMessage() {
    for (int cut : new int[] {0, 10, ModelPack.MAGIC.length + 2, bytes.length / 2, bytes.length - 1}) {
      byte[] part = Arrays.copyOf(bytes, cut);
      assertThatThrownBy(() -> ModelPack.read(part)).as("cut at %d", cut)
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("model pack: ");
    }
  }

  @Test
  void anotherFileOrVersionOrTrailingBytesAreRefused() {
    byte[] magic = bytes.clone();
    magic[0] = 'x';
    assertThatThrownBy(() -> ModelPack.read(magic)).hasMessage("model pack: not a corroborate model pack");
    byte[] version = bytes.clone();
    ByteBuffer.wrap(version).putInt(ModelPack.MAGIC.length, ModelPack.VERSION + 1);
    assertThatThrownBy(() -> ModelPack.read(version)).hasMessageContaining("version " + (ModelPack.VERSION + 1));
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
    assertThatThrownBy(() -> ModelPack.read(longer)).hasMessageContaining("3 bytes after the last model");
  }

  @Test
  void aPackWithAChangedWordIsNotTheSame() {
    ModelPack read = ModelPack.read(bytes);
    PosTagDictionary d = read.pos().dictionary();
    String[] words = d.words();
    String[][] tags = new String[d.size()][];
    for (int i = 0; i < d.size(); i++) {
      tags[i] = d.tags(i);
    }
    tags[0] = new String[] {"SYM"};
    ModelPack changed = new ModelPack(new PosModelParts(read.pos().table(), read.pos().outcomes(),
        new PosTagDictionary(words, tags, d.caseSensitive()), read.pos().beamSize()), read.chunker());
    assertThat(changed.sameAs(fromModels)).isFalse();
  }

  @Test
  void aSlotPointingOutsideTheDataIsRefused() {
    // the POS model's outcome names, then its table: outcomes, prior, slot count, the first slots
    ByteBuffer in = ByteBuffer.wrap(bytes, ModelPack.MAGIC.length + 4, bytes.length - ModelPack.MAGIC.length - 4);
    int outcomes = in.getInt();
    for (int i = 0; i < outcomes; i++) {
      in.position(in.position() + 4 + in.getInt(in.position()));
    }
    in.getInt();
    in.getLong();
    int slots = in.getInt();
    byte[] broken = bytes.clone();
    ByteBuffer b = ByteBuffer.wrap(broken);
    for (int s = 0; s < slots; s++) {
      int at = in.position() + s * Long.BYTES;
      if (b.getLong(at) != 0) {
        b.putLong(at, b.getLong(at) | 0x7FFF_FFFFL); // an entry far past the data
        break;
      }
    }
    assertThatThrownBy(() -> ModelPack.read(broken)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside its data");
  }
}
