package dev.candor.internal.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Finds the line and column of a JSON pointer in a document's text. Not part of the API. */
public final class Locator {
  private Locator() {}

  /**
   * The 1-based line and column where the value at {@code pointer} starts, or {-1, -1} if it
   * cannot be found.
   */
  public static int[] locate(ObjectMapper mapper, String content, String pointer) {
    try (JsonParser p = mapper.createParser(content)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        JsonStreamContext ctx = p.getParsingContext();
        if (t.isStructStart() && ctx.getParent() != null) {
          ctx = ctx.getParent();
        }
        if (ctx.pathAsPointer().toString().equals(pointer)) {
          JsonLocation l = p.currentTokenLocation();
          return new int[] {l.getLineNr(), l.getColumnNr()};
        }
      }
    } catch (IOException | RuntimeException e) {
      // The text was parsed once already; if it fails now, there is simply no location.
    }
    return new int[] {-1, -1};
  }
}
