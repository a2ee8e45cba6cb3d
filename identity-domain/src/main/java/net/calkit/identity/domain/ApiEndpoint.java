package net.calkit.identity.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import net.calkit.identity.domain.internal.Checks;

/**
 * The base URI an adapter sends API calls to: a data center's API host, or an override for tests,
 * proxies and stub servers. An override must be {@code https}, or plain {@code http} to a loopback
 * host ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}); it has no user info, query or fragment,
 * and its path (kept as a prefix) never ends in {@code /}.
 */
public record ApiEndpoint(URI baseUri) {
  /** Validates the base URI; see the class comment for the rules. */
  public ApiEndpoint {
    Objects.requireNonNull(baseUri, "baseUri == null");
    String scheme = baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT);
    String host = baseUri.getHost();
    if (!baseUri.isAbsolute() || host == null || host.isEmpty()) {
      throw new IllegalArgumentException("base URL must be absolute with a host: " + shown(baseUri.toString()));
    }
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("base URL must use https: " + shown(baseUri.toString()));
    }
    if (scheme.equals("http") && !isLoopback(host)) {
      throw new IllegalArgumentException(
          "plain http is allowed only to a loopback host (localhost, 127.0.0.0/8, [::1]); use https for "
              + Checks.quote(host));
    }
    if (baseUri.getRawUserInfo() != null || baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "base URL must not have user info, a query or a fragment: " + Checks.quote(host));
    }
    String path = baseUri.getRawPath() == null ? "" : baseUri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    try {
      // rebuilt from raw parts: the multi-argument URI constructors would re-encode '%' in the path
      baseUri = new URI(scheme + "://" + baseUri.getRawAuthority() + path);
    } catch (URISyntaxException impossible) {
      throw new IllegalArgumentException("base URL is malformed: " + shown(baseUri.toString()), impossible);
    }
  }

  /** The API host of a data center. */
  public static ApiEndpoint of(DataCenter dataCenter) {
    return new ApiEndpoint(dataCenter.apiBaseUri());
  }

  /**
   * Parses a user-given base URL.
   *
   * @throws IllegalArgumentException when it is malformed or breaks a rule of the class comment
   */
  public static ApiEndpoint parse(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    try {
      return new ApiEndpoint(new URI(baseUrl.strip()));
    } catch (URISyntaxException malformed) {
      throw new IllegalArgumentException("base URL is malformed: " + shown(baseUrl));
    }
  }

  /** A URL for a message: quoted, with any user info (which may hold a password) masked. */
  private static String shown(String url) {
    return Checks.quote(url.replaceFirst("//[^/?#]*@", "//***@"));
  }

  /** Whether {@code host} is a loopback name or literal: {@code localhost}, {@code 127.x.y.z}, {@code ::1}. */
  public static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    String[] octets = h.split("\\.", -1);
    if (octets.length != 4 || !octets[0].equals("127")) {
      return false;
    }
    for (String octet : octets) {
      if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)
          || Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }

  /** The URI of an API path such as {@code /v1/userinfo}, below the base path. */
  public URI resolve(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + Checks.quote(path));
    }
    return URI.create(baseUri + path);
  }

  /** Whether requests go over TLS. */
  public boolean isTls() {
    return baseUri.getScheme().equals("https");
  }

  /** The host. */
  public String host() {
    return baseUri.getHost();
  }

  /** The port, or the scheme's default port when none is given. */
  public int port() {
    int port = baseUri.getPort();
    return port != -1 ? port : isTls() ? 443 : 80;
  }

  /** The path prefix, empty or starting with {@code /}. */
  public String pathPrefix() {
    return baseUri.getRawPath() == null ? "" : baseUri.getRawPath();
  }

  @Override
  public String toString() {
    return baseUri.toString();
  }
}
