package org.corroborate.app.check;

import java.io.IOException;
import java.io.Writer;
import org.corroborate.check.CheckResult;

/** Turns a check result into one output format. Implementations are stateless and thread safe. */
public interface CheckRenderer {
  void render(CheckResult result, Writer out) throws IOException;
}
