package org.corroborate.index;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corroborate.model.Claim;
import org.corroborate.model.DateMention;
import org.corroborate.model.Dropped;
import org.corroborate.model.Quantity;
import org.corroborate.model.Span;
import org.corroborate.model.Token;

/**
 * The JSON the index stores. The many small records (claims, tokens, spans, numbers, dates,
 * dropped sentences) are written as arrays of their components in declaration order rather than
 * as objects, so field names are not repeated tens of thousands of times: the stored text is
 * smaller and loads faster. A change to those records' components needs a new
 * {@link CorpusIndex#FORMAT}. Thread safe once built.
 */
final class StoredJson {
  private StoredJson() {}

  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  private interface AsArray {}

  static ObjectMapper mapper() {
    ObjectMapper m = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    for (Class<?> c : new Class<?>[] {Claim.class, Token.class, Span.class, Quantity.class, DateMention.class, Dropped.class}) {
      m.addMixIn(c, AsArray.class);
    }
    return m;
  }
}
