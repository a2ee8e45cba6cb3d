package net.calkit.identity.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import net.calkit.identity.domain.internal.Checks;

/**
 * The URL that sends a user to reconnect a disconnected profile ({@code profile_relink_url}). The text is
 * kept exactly as received, so a malformed value never sinks a response and survives a round trip;
 * {@link #uri()} gives the parsed form only when it is an absolute http(s) URL.
 */
public record RelinkUrl(String value) {
  /** Validates that the text is non-empty. */
  public RelinkUrl {
    Checks.nonEmpty(value, "relink url");
  }

  /** The URL as given. */
  public static RelinkUrl of(String value) {
    return new RelinkUrl(value);
  }

  /** The URL when it is an absolute {@code http} or {@code https} URL with a host. */
  public Optional<URI> uri() {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return Optional.empty();
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      return lower.equals("https") || lower.equals("http") ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException malformed) {
      return Optional.empty();
    }
  }

  /** Whether the text is a usable absolute http(s) URL. */
  public boolean isValid() {
    return uri().isPresent();
  }

  @Override
  public String toString() {
    return value;
  }
}
