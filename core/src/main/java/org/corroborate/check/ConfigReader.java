package org.corroborate.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code .corroborate.yml} and waiver files. Unknown keys are rejected with a message that
 * names them and the keys that are known. Thread safe.
 */
public final class ConfigReader {
  /** The config file's name, looked for in the working folder and the draft's git root. */
  public static final String FILE_NAME = ".corroborate.yml";

  /** The YAML reader, made on first use: a check without a config or waiver file never needs it. */
  private static final class Yaml {
    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  }

  /** Reads a config file; an empty file is an empty config. */
  public CheckConfig readConfig(Path file) throws ConfigException {
    String text = readText(file);
    if (text.isBlank()) return CheckConfig.EMPTY;
    try {
      CheckConfig c = Yaml.MAPPER.readValue(text, CheckConfig.class);
      return c == null ? CheckConfig.EMPTY : c;
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(file + ": unknown key '" + e.getPropertyName() + "' (known keys: " + String.join(", ", CheckConfig.KEYS) + ")");
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ": not a valid config: " + e.getOriginalMessage());
    }
  }

  /**
   * Reads a waiver file: a YAML list of {@code fingerprint} and {@code reason} entries. Returns the
   * reasons by fingerprint, in file order.
   */
  public Map<String, String> readWaivers(Path file) throws ConfigException {
    String text = readText(file);
    if (text.isBlank()) return Map.of();
    List<WaiverEntry> entries;
    try {
      entries = Yaml.MAPPER.readValue(text, Yaml.MAPPER.getTypeFactory().constructCollectionType(List.class, WaiverEntry.class));
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(file + ": unknown key '" + e.getPropertyName() + "' in a waiver (known keys: fingerprint, reason)");
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ": not a valid waiver file (a list of fingerprint and reason): " + e.getOriginalMessage());
    }
    Map<String, String> out = new LinkedHashMap<>();
    int n = 0;
    for (WaiverEntry w : entries == null ? List.<WaiverEntry>of() : entries) {
      n++;
      if (w == null || w.fingerprint() == null || w.fingerprint().isBlank()) {
        throw new ConfigException(file + ": waiver " + n + " has no fingerprint");
      }
      if (w.reason() == null || w.reason().isBlank()) {
        throw new ConfigException(file + ": waiver " + n + " (" + w.fingerprint() + ") has no reason");
      }
      out.put(w.fingerprint().strip(), w.reason().strip());
    }
    return out;
  }

  private static String readText(Path file) throws ConfigException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file + ": could not read: " + e.getMessage());
    }
  }
}
