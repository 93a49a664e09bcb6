package org.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

class StoredModelTest {

  @Test
  void aStoredCopyHasTheSameEntriesInTheSameOrderWithTheSameBytesNoneDeflated() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("manifest.properties", "Manifest-Version=1.0\nLanguage=en\n".getBytes(StandardCharsets.UTF_8));
    entries.put("tags.tagdict", "<dictionary>the the the</dictionary>".repeat(200).getBytes(StandardCharsets.UTF_8));
    entries.put("empty.bin", new byte[0]);
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zipped)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }

    Map<String, byte[]> read = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(StoredModel.of(new ByteArrayInputStream(zipped.toByteArray())))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertThat(e.getMethod()).as(e.getName()).isEqualTo(ZipEntry.STORED);
        read.put(e.getName(), in.readAllBytes());
      }
    }

    assertThat(read.keySet()).containsExactlyElementsOf(entries.keySet());
    entries.forEach((name, bytes) -> assertThat(read.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void aModelLoadedFromItsStoredCopyTokenizesAsTheModelItself() throws IOException {
    TokenizerModel original;
    try (InputStream in = StoredModelTest.class.getResourceAsStream(NlpModels.TOKEN_MODEL)) {
      original = new TokenizerModel(in);
    }
    TokenizerModel stored;
    try (InputStream in = StoredModelTest.class.getResourceAsStream(NlpModels.TOKEN_MODEL)) {
      stored = new TokenizerModel(StoredModel.of(in));
    }
    String text = "The council approved a $4.5 million budget on Tuesday, officials said; it wasn't unanimous.";

    assertThat(new TokenizerME(stored).tokenizePos(text)).containsExactly(new TokenizerME(original).tokenizePos(text));
  }
}
