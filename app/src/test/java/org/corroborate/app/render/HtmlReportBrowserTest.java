package org.corroborate.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.engine.Corroborate;
import org.corroborate.model.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The HTML report in a real headless Chromium: skipped when chromium or chromedriver is missing. */
class HtmlReportBrowserTest {
  private static Chromium chromium;
  private static Report seeds;

  @BeforeAll
  static void start() throws IOException {
    Chromium.assumeInstalled();
    seeds = new Corroborate().scan(Path.of("..", "seeds"));
    chromium = Chromium.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  private static List<String> consoleProblems() {
    List<String> out = new ArrayList<>();
    for (LogEntry e : chromium.driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
        out.add(e.getLevel() + " " + e.getMessage());
      }
    }
    return out;
  }

  /** URLs the page asked the network stack for, from the performance log. */
  private static List<String> requestedUrls() {
    List<String> out = new ArrayList<>();
    for (LogEntry e : chromium.driver.manage().logs().get(LogType.PERFORMANCE)) {
      String m = e.getMessage();
      if (m.contains("\"Network.requestWillBeSent\"")) {
        int at = m.indexOf("\"url\":\"");
        out.add(at < 0 ? m : m.substring(at + 7, m.indexOf('"', at + 7)));
      }
    }
    return out;
  }

  private static long visibleRows() {
    return ((Number) chromium.js("return [...document.querySelectorAll('#clusters > li')].filter(r => !r.hidden).length;"))
        .longValue();
  }

  @Test
  void theSeedsReportLoadsWithNoConsoleErrorAndNoNetworkRequest() throws IOException {
    chromium.driver.manage().logs().get(LogType.BROWSER);
    chromium.driver.manage().logs().get(LogType.PERFORMANCE);
    Path file = chromium.open(seeds, "report-seeds.html");
    assertThat(chromium.driver.getTitle()).startsWith("corroborate report");
    assertThat(consoleProblems()).isEmpty();
    assertThat(requestedUrls()).allMatch(u -> u.equals(file.toUri().toString()) || u.startsWith("data:"),
        "only the page itself or data: URLs");
    assertThat(chromium.list("return performance.getEntriesByType('resource').map(e => e.name);")).isEmpty();
    assertThat(chromium.driver.findElement(By.id("controls")).isDisplayed()).isTrue();
    int rows = chromium.driver.findElements(By.cssSelector("#clusters > li")).size();
    assertThat(rows).isPositive().isLessThanOrEqualTo(seeds.clusters().size());
    assertThat(chromium.driver.findElement(By.id("shown")).getText())
        .isEqualTo(seeds.clusters().size() + " of " + seeds.clusters().size() + " clusters shown");
    assertThat(chromium.driver.findElement(By.id("pager")).isDisplayed()).isEqualTo(rows < seeds.clusters().size());
    assertThat(chromium.driver.findElements(By.cssSelector("div.tx"))).hasSize(seeds.articles().size());
    chromium.screenshot(Path.of("target", "report-seeds.png"));
    // the parts a person should look at, each on its own
    WebElement row = chromium.driver.findElements(By.cssSelector("#clusters > li.c details")).stream().findFirst()
        .orElse(chromium.driver.findElement(By.cssSelector("#clusters > li details")));
    chromium.js("arguments[0].open = true;", row);
    chromium.screenshot(row, Path.of("target", "report-seeds-row.png"));
    WebElement contested = chromium.driver.findElements(By.cssSelector("#clusters > li.x details")).stream().findFirst()
        .orElse(row);
    chromium.js("arguments[0].open = true;", contested);
    chromium.screenshot(contested, Path.of("target", "report-seeds-contested-row.png"));
    chromium.screenshot(chromium.driver.findElement(By.cssSelector(".xc, #contradictions")),
        Path.of("target", "report-seeds-contradiction.png"));
    chromium.screenshot(chromium.driver.findElement(By.id("a1")), Path.of("target", "report-seeds-article.png"));
    chromium.screenshot(chromium.driver.findElement(By.id("outlets")), Path.of("target", "report-seeds-outlets.png"));
    chromium.open(ReportSamples.small(), "report-small.html");
    chromium.driver.findElement(By.id("expand")).click();
    chromium.screenshot(Path.of("target", "report-small.png"));
  }

  @Test
  void typingInTheSearchBoxReducesTheVisibleRows() throws IOException {
    chromium.open(seeds, "report-seeds.html");
    long before = visibleRows();
    assertThat(before).isGreaterThan(1);
    String word = (String) chromium.js(
        "const t = document.querySelector('#clusters > li:last-child summary').firstChild.nodeValue.toLowerCase();"
            + "return t.split(/[^a-z0-9]+/).sort((a, b) => b.length - a.length)[0];");
    WebElement q = chromium.driver.findElement(By.id("q"));
    q.sendKeys(word);
    waitUntil(() -> visibleRows() < before);
    long after = visibleRows();
    assertThat(after).isBetween(1L, before - 1);
    assertThat(chromium.driver.findElement(By.id("shown")).getText())
        .startsWith(after + " of " + seeds.clusters().size() + " ");
    q.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    waitUntil(() -> visibleRows() == before);
  }

  @Test
  void filteringByStatusShowsOnlyRowsOfThatStatus() throws IOException {
    chromium.open(ReportSamples.small(), "report-small.html");
    new org.openqa.selenium.support.ui.Select(chromium.driver.findElement(By.id("fs"))).selectByValue("c");
    assertThat(chromium.list("return [...document.querySelectorAll('#clusters > li')].filter(r => !r.hidden).map(r => r.classList[0]);"))
        .containsExactly("c");
  }

  @Test
  void openingAClusterShowsItsClaimsQuotedFromTheirArticles() throws IOException {
    chromium.open(seeds, "report-seeds.html");
    WebElement first = chromium.driver.findElement(By.cssSelector("#clusters > li:first-child details"));
    List<WebElement> links = first.findElements(By.cssSelector("a[data-p]"));
    assertThat(links).hasSize(seeds.clusters().get(0).claims().size());
    assertThat(links.get(0).isDisplayed()).isFalse();
    first.findElement(By.tagName("summary")).click();
    assertThat(links.get(0).isDisplayed()).isTrue();
    // the quotes are built on the details' toggle event, which the browser queues after the click
    waitUntil(() -> first.findElements(By.tagName("blockquote")).size() == links.size());
    for (int i = 0; i < links.size(); i++) {
      WebElement quote = links.get(i).findElement(By.xpath("following-sibling::blockquote"));
      org.corroborate.model.Claim claim = seeds.clusters().get(0).claims().get(i).claim();
      assertThat(links.get(i).getText()).isEqualTo(claim.source());
      assertThat(quote.getText().strip()).isEqualTo(claim.sentence().strip());
      assertThat(quote.findElements(By.tagName("mark"))).isNotEmpty();
    }
  }

  @Test
  void aLinkFromAClaimOpensItsArticleAtTheClaim() throws IOException {
    chromium.open(ReportSamples.small(), "report-small.html");
    chromium.driver.findElement(By.cssSelector("#g1 summary")).click();
    WebElement link = chromium.driver.findElement(By.cssSelector("#g1 a[data-p]"));
    String target = link.getAttribute("href").replaceFirst(".*#", "");
    assertThat(target).matches("a\\d+k1");
    link.click();
    assertThat(chromium.js("return location.hash;")).isEqualTo("#" + target);
    assertThat(chromium.driver.findElement(By.id(target)).isDisplayed()).isTrue();
  }

  @Test
  void theNextRowsButtonShowsTheFollowingClusters() throws IOException {
    Report big = SyntheticReports.generate(20, 3);
    chromium.open(big, "report-pages.html");
    String rows = "return [...document.querySelectorAll('#clusters > li > details')].map(d => d.id);";
    List<Object> first = chromium.list(rows);
    assertThat(first).hasSizeLessThan(big.clusters().size()).startsWith("g1");
    clickInView("next");
    // the page re-renders after the click: wait for its first row to change, not for a fixed time
    waitUntil(() -> firstRowIs(rows, "g" + (first.size() + 1)));
    List<Object> second = chromium.list(rows);
    assertThat(second).isNotEmpty().startsWith("g" + (first.size() + 1)).doesNotContainAnyElementsOf(first);
    assertThat(chromium.driver.findElement(By.id("range")).getText())
        .isEqualTo("rows " + (first.size() + 1) + "–" + (first.size() + second.size()) + " of " + big.clusters().size());
    clickInView("prev");
    waitUntil(() -> firstRowIs(rows, "g1"));
    assertThat(chromium.list(rows)).isEqualTo(first);
  }

  @Test
  void printingShowsEveryClusterOpenAndEveryArticleText() throws IOException {
    Report big = SyntheticReports.generate(20, 3);
    chromium.open(big, "report-pages.html");
    chromium.js("window.dispatchEvent(new Event('beforeprint'));");
    assertThat(chromium.driver.findElements(By.cssSelector("#clusters > li > details[open]"))).hasSize(big.clusters().size());
    assertThat(chromium.driver.findElements(By.cssSelector("details.art[open] div.tx"))).hasSize(big.articles().size());
    chromium.js("window.dispatchEvent(new Event('afterprint'));");
    assertThat(chromium.driver.findElements(By.cssSelector("#clusters > li"))).hasSizeLessThan(big.clusters().size());
    assertThat(chromium.driver.findElements(By.cssSelector("details[open]"))).isEmpty();
  }

  @Test
  void aLinkToAClusterOnALaterPageShowsThatClusterOpenWithItsQuotes() throws IOException {
    Report big = SyntheticReports.generate(20, 3);
    chromium.open(big, "report-pages.html");
    String last = "g" + big.clusters().size();
    assertThat(chromium.driver.findElements(By.id(last))).isEmpty();
    new org.openqa.selenium.support.ui.Select(chromium.driver.findElement(By.id("fs"))).selectByValue("x");
    chromium.js("location.hash = arguments[0];", last);
    waitUntil(() -> !chromium.driver.findElements(By.id(last)).isEmpty());
    WebElement row = chromium.driver.findElement(By.id(last));
    assertThat(row.getAttribute("open")).isNotNull();
    assertThat(row.isDisplayed()).isTrue();
    assertThat(row.findElements(By.tagName("blockquote")))
        .hasSize(big.clusters().get(big.clusters().size() - 1).claims().size());
  }

  @Test
  void withJavaScriptOffEveryClusterAndEveryArticleTextIsOnThePage() throws IOException {
    chromium.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
    try {
      chromium.open(seeds, "report-seeds-nojs.html");
      assertThat(chromium.driver.findElements(By.cssSelector("ol.clusters > li > details")))
          .hasSize(seeds.clusters().size());
      assertThat(chromium.driver.findElement(By.id("controls")).isDisplayed()).isFalse();
      for (int i = 0; i < seeds.articles().size(); i++) {
        WebElement text = chromium.driver.findElement(By.id("a" + (i + 1) + "t"));
        assertThat(text.getAttribute("textContent")).isEqualTo(seeds.articles().get(i).article().text());
        assertThat(text.findElements(By.cssSelector("a[href^='#g']"))).isNotEmpty();
      }
    } finally {
      chromium.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
    }
  }

  @Test
  void theHostileFixtureRunsNoScriptAndShowsItsTextAsText() throws IOException {
    chromium.driver.manage().logs().get(LogType.BROWSER);
    chromium.driver.manage().logs().get(LogType.PERFORMANCE);
    Path file = chromium.open(ReportSamples.hostile(), "report-hostile.html");
    chromium.driver.findElement(By.id("expand")).click();
    assertThat(chromium.js("return typeof window.__pwned;")).isEqualTo("undefined");
    assertThat(alertOpen()).isFalse();
    assertThat(chromium.driver.findElements(By.tagName("img"))).isEmpty();
    assertThat(chromium.driver.findElements(By.cssSelector("textarea, iframe, object, embed"))).isEmpty();
    assertThat(chromium.list("return [...document.querySelectorAll('script')].map(s => s.src);")).containsExactly("");
    assertThat(chromium.list("return [...document.querySelectorAll('[href]')].map(a => a.getAttribute('href'))"
        + ".filter(h => !(h.startsWith('#') || h.startsWith('https://') || h === 'data:,'));")).isEmpty();
    String text = (String) chromium.js("return document.getElementById('a1t').textContent;");
    assertThat(text).isEqualTo(ReportSamples.hostile().articles().get(0).article().text());
    assertThat(chromium.driver.findElement(By.id("a1t")).getText())
        .contains("<script>window.__pwned = \"script\";</script>")
        .contains("\"><img src=x onerror=")
        .contains("javascript:alert(document.cookie)")
        .contains("</noscript><script>window.__pwned = \"noscript\";</script>");
    assertThat(chromium.driver.findElement(By.tagName("body")).isDisplayed()).isTrue();
    assertThat(consoleProblems()).isEmpty();
    assertThat(requestedUrls()).allMatch(u -> u.equals(file.toUri().toString()) || u.startsWith("data:"));
  }

  private static boolean alertOpen() {
    try {
      chromium.driver.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }

  @Test
  void theTabKeyReachesEveryControl() throws IOException {
    chromium.open(ReportSamples.small(), "report-small.html");
    long controls = ((Number) chromium.js(
        "window.__seen = new Set();"
            + "document.addEventListener('focusin', e => window.__seen.add(e.target));"
            + "const all = [...document.querySelectorAll('a[href], button, input, select, summary, textarea')]"
            + "  .filter(e => e.checkVisibility());"
            + "window.__controls = all; return all.length;")).longValue();
    assertThat(controls).isGreaterThan(20);
    Actions tabs = new Actions(chromium.driver);
    for (int i = 0; i < controls + 5; i++) {
      tabs.sendKeys(Keys.TAB);
    }
    tabs.perform();
    assertThat(chromium.list("return window.__controls.filter(e => !window.__seen.has(e))"
        + ".map(e => e.tagName + ' ' + (e.id || e.getAttribute('href') || e.textContent.slice(0, 40)));")).isEmpty();
  }

  @Test
  void everyVisibleTextHasAContrastOfAtLeastFourAndAHalfToOne() throws IOException {
    for (Report r : List.of(seeds, ReportSamples.small())) {
      chromium.open(r, "report-contrast.html");
      chromium.js("document.querySelectorAll('details').forEach(d => d.open = true);"
          + "document.querySelectorAll('.clusters > li, .art').forEach(e => e.style.contentVisibility = 'visible');");
      List<Object> failures = chromium.list(CONTRAST_SCRIPT);
      assertThat(failures).as("text below 4.5:1 in " + r.corpus()).isEmpty();
      long checked = ((Number) chromium.js("return window.__checked;")).longValue();
      assertThat(checked).isGreaterThan(50);
    }
  }

  private static final String CONTRAST_SCRIPT = """
      function rgba(s) {
        const m = s.match(/rgba?\\(([^)]+)\\)/);
        if (!m) { return [0, 0, 0, 0]; }
        const p = m[1].split(/[ ,\\/]+/).filter(x => x).map(Number);
        return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
      }
      function over(top, bottom) {
        const a = top[3];
        return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
      }
      function background(el) {
        const layers = [];
        for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
          const c = rgba(getComputedStyle(n).backgroundColor);
          if (c[3] > 0) { layers.push(c); if (c[3] >= 1) { break; } }
        }
        let bg = [255, 255, 255, 1];
        for (let i = layers.length - 1; i >= 0; i--) { bg = over(layers[i], bg); }
        return bg;
      }
      function lum(c) {
        const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
      }
      const bad = [];
      let checked = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const seen = new Set();
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const el = t.parentElement;
        if (!t.textContent.trim() || seen.has(el) || !el.checkVisibility()) { continue; }
        seen.add(el);
        const st = getComputedStyle(el);
        if (st.visibility === 'hidden' || el.closest('.skip, noscript')) { continue; }
        const bg = background(el);
        const fg = over(rgba(st.color), bg);
        const l1 = lum(fg), l2 = lum(bg);
        const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        checked++;
        if (ratio < 4.5) {
          bad.push(el.tagName + '.' + el.className + ' "' + t.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2)
            + ' ' + st.color + ' on ' + bg.join(','));
        }
      }
      for (const el of document.querySelectorAll('body *')) {
        if (!el.checkVisibility()) { continue; }
        for (const pseudo of ['::before', '::after']) {
          const ps = getComputedStyle(el, pseudo);
          if (!ps.content || ps.content === 'none' || ps.content === 'normal' || ps.content === '""') { continue; }
          const bg = over(rgba(ps.backgroundColor), background(el));
          const fg = over(rgba(ps.color), bg);
          const l1 = lum(fg), l2 = lum(bg);
          const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
          checked++;
          if (ratio < 4.5) {
            bad.push(el.tagName + pseudo + ' ' + ps.content.slice(0, 30) + ' ' + ratio.toFixed(2));
          }
        }
      }
      window.__checked = checked;
      return bad;
      """;

  /**
   * Clicks a button as a reader does, once it is in the middle of the screen: the pager sits below a
   * page of rows, under a sticky control bar, and a click computed while the page still moves after
   * the last re-render can land beside it.
   */
  private static void clickInView(String id) {
    WebElement button = chromium.driver.findElement(By.id(id));
    chromium.js("arguments[0].scrollIntoView({block: 'center'});", button);
    waitUntil(() -> Boolean.TRUE.equals(chromium.js(
        "var r = arguments[0].getBoundingClientRect(); var e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            + " return e === arguments[0];", button)));
    button.click();
  }

  private static boolean firstRowIs(String rows, String id) {
    List<Object> shown = chromium.list(rows);
    return !shown.isEmpty() && id.equals(shown.get(0));
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
