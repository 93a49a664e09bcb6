package org.corroborate.claims;

import org.corroborate.model.DropReason;

/**
 * One line of an article's text: its content range after any list marker or "Label:" lead-in,
 * whether it is a list item, the headline, or dropped (and why). Immutable.
 *
 * @param lineStart where the line starts
 * @param start where its content starts (after a list marker or label)
 * @param end where its content ends (trailing space excluded)
 * @param listItem whether it is a bulleted or numbered item
 * @param headline whether it is the article's headline
 * @param drop why the whole line is dropped, or null when its sentences are read
 */
record Block(int lineStart, int start, int end, boolean listItem, boolean headline, DropReason drop) {
  Block withDrop(DropReason reason) {
    return new Block(lineStart, start, end, listItem, headline, reason);
  }
}
