package org.corroborate.app.render.html;

import org.corroborate.model.Report;

/** Entry point of this package: the view model of a report's HTML page. Thread safe. */
public final class HtmlPage {
  private HtmlPage() {}

  /** The page's view model; {@code css} and {@code script} are trusted resources written verbatim. */
  public static View.Page of(Report report, String csp, String css, String script) {
    return new PageBuilder(report).build(csp, css, script);
  }
}
