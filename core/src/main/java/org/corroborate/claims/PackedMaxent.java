package org.corroborate.claims;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maxent model as the tagging code scores it: its predicate table and its outcomes' names, index
 * for index. What the {@link ModelPack} stores for each OpenNLP model it replaces.
 *
 * @param table the model's predicates and parameters
 * @param outcomes the outcome names, in the model's outcome order
 */
record PackedMaxent(MaxentTable table, String[] outcomes) {
  PackedMaxent {
    if (outcomes.length != table.numOutcomes()) {
      throw new IllegalArgumentException(
          outcomes.length + " outcome names for a table of " + table.numOutcomes() + " outcomes");
    }
    outcomes = outcomes.clone();
  }

  /**
   * The packed form of {@code model}.
   *
   * @throws IllegalArgumentException when the model is not a GIS model that {@link MaxentTable}
   *     scores exactly as the model does
   */
  static PackedMaxent of(MaxentModel model) {
    MaxentTable table = MaxentTable.of(model).orElseThrow(() -> new IllegalArgumentException(
        "model " + model.getClass().getName() + " is not a GIS model a maxent table reproduces"));
    String[] outcomes = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = model.getOutcome(i);
    }
    return new PackedMaxent(table, outcomes);
  }

  @Override
  public String[] outcomes() {
    return outcomes.clone();
  }

  /** The name of outcome {@code i}. */
  String outcome(int i) {
    return outcomes[i];
  }

  int numOutcomes() {
    return outcomes.length;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(outcomes.length);
    for (String o : outcomes) {
      writeString(out, o);
    }
    table.write(out);
  }

  static PackedMaxent read(ByteBuffer in) {
    int n = in.getInt();
    if (n < 1 || n > 0xFFFF) {
      throw new IllegalArgumentException("maxent model with " + n + " outcomes");
    }
    String[] outcomes = new String[n];
    for (int i = 0; i < n; i++) {
      outcomes[i] = readString(in);
    }
    return new PackedMaxent(MaxentTable.read(in), outcomes);
  }

  /** Whether {@code other} has the same outcomes and the same table. */
  boolean sameAs(PackedMaxent other) {
    return Arrays.equals(outcomes, other.outcomes) && table.sameAs(other.table);
  }

  /** A string as its UTF-8 length and bytes. */
  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IllegalArgumentException("string of " + n + " bytes, " + in.remaining() + " left");
    }
    byte[] bytes = new byte[n];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PackedMaxent p && sameAs(p);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(outcomes);
  }

  @Override
  public String toString() {
    return "PackedMaxent" + Arrays.toString(outcomes);
  }
}
