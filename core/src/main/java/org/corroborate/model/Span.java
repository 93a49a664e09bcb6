package org.corroborate.model;

/** A half-open character range [start, end) into an article's text. */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    Checks.span(start, end, "span");
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
