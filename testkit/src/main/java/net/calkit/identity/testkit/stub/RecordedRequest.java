package net.calkit.identity.testkit.stub;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request the stub server received, as it came over the wire, for wire-level assertions. Header
 * names are lower-cased. {@link #toString()} redacts the {@code Authorization} value and the body, since
 * both carry secrets.
 */
public final class RecordedRequest {
  private final String method;
  private final String path;
  private final Optional<String> query;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  /** Creates a recorded request; header names are lower-cased and everything is copied. */
  public RecordedRequest(String method, String path, Optional<String> query, Map<String, List<String>> headers,
      byte[] body) {
    this.method = Objects.requireNonNull(method, "method == null");
    this.path = Objects.requireNonNull(path, "path == null");
    this.query = Objects.requireNonNull(query, "query == null");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    Objects.requireNonNull(headers, "headers == null").forEach((name, values) ->
        copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(values));
    copy.replaceAll((name, values) -> List.copyOf(values));
    this.headers = Map.copyOf(copy);
    this.body = Objects.requireNonNull(body, "body == null").clone();
  }

  /** The method, such as {@code GET}. */
  public String method() {
    return method;
  }

  /** The path as sent, without the query, such as {@code /v1/userinfo}. */
  public String path() {
    return path;
  }

  /** The raw query, when one was sent. */
  public Optional<String> query() {
    return query;
  }

  /** All headers, names lower-cased, values in the order received. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header (any case), if sent. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of a header (any case), empty if not sent. */
  public List<String> headerValues(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /** The body bytes (a copy). */
  public byte[] body() {
    return body.clone();
  }

  /** The body decoded as UTF-8. */
  public String bodyUtf8() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Whether the request went to the stub's redirect target, i.e. a client followed a redirect. */
  public boolean isRedirectTarget() {
    return path.startsWith(CronofyStubServer.REDIRECT_TARGET_PREFIX);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RecordedRequest)) {
      return false;
    }
    RecordedRequest that = (RecordedRequest) other;
    return method.equals(that.method) && path.equals(that.path) && query.equals(that.query)
        && headers.equals(that.headers) && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, query, headers, Arrays.hashCode(body));
  }

  /** Method, path and header names; the Authorization value and the body are redacted. */
  @Override
  public String toString() {
    return "RecordedRequest[" + method + " " + path + query.map(q -> "?...").orElse("") + ", headers="
        + headers.keySet() + ", body=" + body.length + " bytes]";
  }
}
