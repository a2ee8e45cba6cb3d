package net.calkit.identity.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.util.Locale;

/** Turns parser exceptions into short reasons of our own; Jackson's messages may quote the input. */
final class ParseErrors {
  private static final int MAX_DETAIL = 120;

  private ParseErrors() {}

  static String describe(Throwable e, boolean secret, JsonLimits limits) {
    if (e instanceof StreamConstraintsException) {
      return limit(e.getMessage(), limits) + location(e);
    }
    if (e instanceof JsonEOFException) {
      return "truncated JSON: unexpected end of input" + location(e);
    }
    if (e instanceof CharConversionException) {
      return "invalid character encoding (expected UTF-8)" + location(e);
    }
    if (e instanceof JsonProcessingException) {
      JsonProcessingException parse = (JsonProcessingException) e;
      String original = String.valueOf(parse.getOriginalMessage());
      if (original.contains("Invalid UTF-8") || original.contains("UTF-8")) {
        return "invalid UTF-8" + location(e);
      }
      return "malformed JSON" + location(e) + (secret ? "" : " (" + sanitize(original) + ")");
    }
    return "unreadable body (" + e.getClass().getSimpleName() + ")";
  }

  private static String limit(String message, JsonLimits limits) {
    String lower = String.valueOf(message).toLowerCase(Locale.ROOT);
    if (lower.contains("nesting depth")) {
      return "nesting deeper than the limit of " + limits.maxDepth();
    }
    if (lower.contains("string value length")) {
      return "string longer than the limit of " + limits.maxStringLength() + " characters";
    }
    if (lower.contains("name length")) {
      return "key longer than the limit of " + limits.maxStringLength() + " characters";
    }
    if (lower.contains("number value length") || lower.contains("number length")) {
      return "number longer than the limit of " + limits.maxNumberLength() + " characters";
    }
    if (lower.contains("token count")) {
      return "more than " + limits.maxTokens() + " JSON tokens (the limit for a body of at most "
          + limits.maxBodyBytes() + " bytes)";
    }
    if (lower.contains("document length")) {
      return "body longer than the limit of " + limits.maxBodyBytes() + " bytes";
    }
    return "over a parser limit";
  }

  private static String location(Throwable e) {
    if (!(e instanceof JsonProcessingException)) {
      return "";
    }
    JsonLocation location = ((JsonProcessingException) e).getLocation();
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** First line of a parser message, control characters escaped, bounded. */
  private static String sanitize(String message) {
    int newline = message.indexOf('\n');
    String line = newline >= 0 ? message.substring(0, newline) : message;
    StringBuilder out = new StringBuilder();
    int limit = Math.min(line.length(), MAX_DETAIL);
    for (int i = 0; i < limit; i++) {
      char c = line.charAt(i);
      out.append(c < 0x20 || c == 0x7F ? '?' : c);
    }
    if (line.length() > limit) {
      out.append("...");
    }
    return out.toString();
  }
}
