package org.corroborate.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {
  @TempDir Path dir;

  @Test
  void everyDocumentedKeyIsRead() throws Exception {
    Path f = dir.resolve(".corroborate.yml");
    Files.writeString(f, "corpus: sources\nmin-sources: 2\nfail-on: [contradicted]\nfiles: ['drafts/**/*.md']\nignore-outlets: [Wire]\nwaivers: waivers.yml\n");
    CheckConfig c = new ConfigReader().readConfig(f);
    assertThat(c.corpus()).isEqualTo("sources");
    assertThat(c.minSources()).isEqualTo(2);
    assertThat(c.failOn()).containsExactly("contradicted");
    assertThat(c.files()).containsExactly("drafts/**/*.md");
    assertThat(c.ignoreOutlets()).containsExactly("Wire");
    assertThat(c.waivers()).isEqualTo("waivers.yml");
  }

  @Test
  void anUnknownKeyIsRejectedWithItsName() throws IOException {
    Path f = dir.resolve(".corroborate.yml");
    Files.writeString(f, "corpus: sources\nmin_sources: 2\n");
    assertThatThrownBy(() -> new ConfigReader().readConfig(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown key 'min_sources'")
        .hasMessageContaining("min-sources");
  }

  @Test
  void aWaiverWithoutAReasonIsRejected() throws IOException {
    Path f = dir.resolve("waivers.yml");
    Files.writeString(f, "- fingerprint: abc\n");
    assertThatThrownBy(() -> new ConfigReader().readWaivers(f)).hasMessageContaining("has no reason");
  }

  @Test
  void waiversAreReadByFingerprint() throws Exception {
    Path f = dir.resolve("waivers.yml");
    Files.writeString(f, "- fingerprint: abc\n  reason: confirmed by phone\n- fingerprint: def\n  reason: \"quote, our own\"\n");
    assertThat(new ConfigReader().readWaivers(f)).containsExactly(
        java.util.Map.entry("abc", "confirmed by phone"), java.util.Map.entry("def", "quote, our own"));
    assertThat(List.copyOf(new ConfigReader().readWaivers(f).keySet())).containsExactly("abc", "def");
  }
}
