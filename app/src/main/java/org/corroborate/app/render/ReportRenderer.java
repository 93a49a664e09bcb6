package org.corroborate.app.render;

import java.io.IOException;
import java.io.Writer;
import org.corroborate.model.Report;

/** Turns a report into one output format. Implementations are stateless and thread safe. */
public interface ReportRenderer {
  void render(Report report, Writer out) throws IOException;
}
