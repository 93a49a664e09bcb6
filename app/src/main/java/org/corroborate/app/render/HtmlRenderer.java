package org.corroborate.app.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import org.corroborate.app.render.html.HtmlPage;
import org.corroborate.model.Report;

/**
 * Renders a report as one self-contained HTML page: CSS and script inline, no request to any other
 * address, a Content-Security-Policy that allows only the page's own style and script (by hash),
 * readable with JavaScript off. Built with Mustache, which escapes every value; the view model is
 * built in {@link HtmlPage}. Stateless and thread safe.
 */
public final class HtmlRenderer implements ReportRenderer {
  private static final String RESOURCES = "org/corroborate/app/render/html/";
  private static final Mustache TEMPLATE = new DefaultMustacheFactory(RESOURCES).compile("report.mustache");
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  @Override
  public void render(Report report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    String csp = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(SCRIPT)
        + "'; img-src data:; base-uri 'none'; form-action 'none'";
    TEMPLATE.execute(out, HtmlPage.of(report, csp, CSS, SCRIPT));
    out.flush();
  }

  /** The CSP source expression for an inline element's exact text. */
  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlRenderer.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
