package net.calkit.identity.domain;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import net.calkit.identity.domain.internal.Checks;

/** One of Cronofy's six separate data centers; tokens of one mean nothing in another. */
public enum DataCenter {
  /** United States, the default: {@code api.cronofy.com}. */
  US("us", "United States", ""),
  /** United Kingdom: {@code api-uk.cronofy.com}. */
  UK("uk", "United Kingdom", "-uk"),
  /** Germany: {@code api-de.cronofy.com}. */
  DE("de", "Germany", "-de"),
  /** Australia: {@code api-au.cronofy.com}. */
  AU("au", "Australia", "-au"),
  /** Canada: {@code api-ca.cronofy.com}. */
  CA("ca", "Canada", "-ca"),
  /** Singapore: {@code api-sg.cronofy.com}. */
  SG("sg", "Singapore", "-sg");

  /** The data center used when none is given. */
  public static final DataCenter DEFAULT = US;

  private final String id;
  private final String region;
  private final String suffix;

  DataCenter(String id, String region, String suffix) {
    this.id = id;
    this.region = region;
    this.suffix = suffix;
  }

  /**
   * Parses an SDK identifier in any case ({@code de}, {@code DE}); surrounding whitespace is ignored.
   *
   * @throws IllegalArgumentException naming the bad value and the valid ones
   */
  public static DataCenter parse(String identifier) {
    Objects.requireNonNull(identifier, "identifier == null");
    String normalized = identifier.strip().toLowerCase(Locale.ROOT);
    for (DataCenter dataCenter : values()) {
      if (dataCenter.id.equals(normalized)) {
        return dataCenter;
      }
    }
    throw new IllegalArgumentException(
        "unknown data center " + Checks.quote(identifier)
            + "; expected one of: " + validIds());
  }

  /** The valid identifiers, comma-separated, for messages and help texts. */
  public static String validIds() {
    return Arrays.stream(values()).map(DataCenter::id).collect(Collectors.joining(", "));
  }

  /** The SDK identifier, such as {@code uk}. */
  public String id() {
    return id;
  }

  /** The region's name, such as "United Kingdom". */
  public String region() {
    return region;
  }

  /** The API host for all {@code /v1} calls and {@code /oauth/token}, such as {@code api-uk.cronofy.com}. */
  public String apiHost() {
    return "api" + suffix + ".cronofy.com";
  }

  /** The app host for browser pages (authorize, relink), such as {@code app-uk.cronofy.com}. */
  public String appHost() {
    return "app" + suffix + ".cronofy.com";
  }

  /** {@code https://} plus the API host. */
  public URI apiBaseUri() {
    return URI.create("https://" + apiHost());
  }

  /** {@code https://} plus the app host. */
  public URI appBaseUri() {
    return URI.create("https://" + appHost());
  }

  @Override
  public String toString() {
    return id;
  }
}
