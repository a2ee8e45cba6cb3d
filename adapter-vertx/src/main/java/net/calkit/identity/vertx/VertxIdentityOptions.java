package net.calkit.identity.vertx;

import java.time.Duration;
import java.util.Objects;
import net.calkit.identity.domain.ApiEndpoint;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.json.JsonLimits;

/**
 * The settings of a {@link VertxIdentityApi}: immutable, validated on construction, every one with a
 * documented {@code DEFAULT_*}. Start from {@link #defaults()} or {@link #builder()}.
 *
 * @param endpoint where requests go: a data center's API host or a loopback/https override
 * @param connectTimeout the TCP (and TLS) connect timeout
 * @param poolAcquireTimeout how long a request may wait for a pooled connection
 * @param idleTimeout a connection with no traffic for this long is closed
 * @param attemptTimeout the deadline of one attempt, from the call to the last body byte
 * @param maxPoolSize the most connections to the endpoint
 * @param maxWaitQueueSize the most requests waiting for a connection; more fail at once
 * @param maxBodyBytes the largest response body read; larger bodies are refused
 * @param userAgent the {@code User-Agent} header
 * @param jsonLimits the codec's bounds; its {@code maxBodyBytes} always equals {@link #maxBodyBytes()}
 */
public record VertxIdentityOptions(ApiEndpoint endpoint, Duration connectTimeout, Duration poolAcquireTimeout,
    Duration idleTimeout, Duration attemptTimeout, int maxPoolSize, int maxWaitQueueSize, int maxBodyBytes,
    String userAgent, JsonLimits jsonLimits) {

  /** Default endpoint = the API host of {@link DataCenter#DEFAULT} (US, {@code https://api.cronofy.com}). */
  public static final ApiEndpoint DEFAULT_ENDPOINT = ApiEndpoint.of(DataCenter.DEFAULT);
  /** Default connect timeout = 2 s: a healthy TLS connect to Cronofy takes well under a second. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
  /** Default pool acquire timeout = 5 s: a busy pool fails the attempt before its own deadline. */
  public static final Duration DEFAULT_POOL_ACQUIRE_TIMEOUT = Duration.ofSeconds(5);
  /** Default idle timeout = 30 s: below the 60 s idle limit of common load balancers, so pooled connections are not reused half-closed. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
  /** Default attempt timeout = 10 s: the calls are small; a slower attempt is better retried. */
  public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(10);
  /** Default max pool size = 32 connections: Cronofy limits an application to 50 requests/s anyway. */
  public static final int DEFAULT_MAX_POOL_SIZE = 32;
  /** Default max wait queue size = 1024 requests: bounded, so an overload fails fast instead of growing memory. */
  public static final int DEFAULT_MAX_WAIT_QUEUE_SIZE = 1024;
  /** Default max body size = {@link JsonLimits#DEFAULT_MAX_BODY_BYTES} (8 MiB). */
  public static final int DEFAULT_MAX_BODY_BYTES = JsonLimits.DEFAULT_MAX_BODY_BYTES;
  /** Default user agent = {@code calkit-identity/} plus {@link VertxIdentityApi#VERSION}. */
  public static final String DEFAULT_USER_AGENT = "calkit-identity/" + VertxIdentityApi.VERSION;
  /** Default JSON limits = {@link JsonLimits#DEFAULT}. */
  public static final JsonLimits DEFAULT_JSON_LIMITS = JsonLimits.DEFAULT;

  private static final VertxIdentityOptions DEFAULTS = builder().build();

  /** Validates every setting; see the component descriptions. */
  public VertxIdentityOptions {
    Objects.requireNonNull(endpoint, "endpoint == null");
    requireMillis(connectTimeout, "connectTimeout", Integer.MAX_VALUE);
    requireMillis(poolAcquireTimeout, "poolAcquireTimeout", Long.MAX_VALUE);
    requireMillis(idleTimeout, "idleTimeout", Integer.MAX_VALUE);
    requireMillis(attemptTimeout, "attemptTimeout", Long.MAX_VALUE);
    if (idleTimeout.compareTo(attemptTimeout) <= 0) {
      // Vert.x's idle timer also closes a connection that waits for a slow answer: a slow refresh answer
      // would be lost as "connection closed" instead of ending as an attempt timeout.
      throw new IllegalArgumentException("idleTimeout (" + idleTimeout.toMillis() + " ms) must be longer than "
          + "attemptTimeout (" + attemptTimeout.toMillis() + " ms)");
    }
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("maxPoolSize must be at least 1: " + maxPoolSize);
    }
    if (maxWaitQueueSize < 0) {
      throw new IllegalArgumentException("maxWaitQueueSize must be 0 or more (the queue is always bounded): "
          + maxWaitQueueSize);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1: " + maxBodyBytes);
    }
    Objects.requireNonNull(userAgent, "userAgent == null");
    if (userAgent.isBlank() || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
      throw new IllegalArgumentException("userAgent must be non-blank printable ASCII");
    }
    Objects.requireNonNull(jsonLimits, "jsonLimits == null");
    jsonLimits = jsonLimits.withMaxBodyBytes(maxBodyBytes);
  }

  private static void requireMillis(Duration value, String name, long maxMillis) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    if (value.toNanos() % 1_000_000 != 0 || value.compareTo(Duration.ofMillis(maxMillis)) > 0) {
      throw new IllegalArgumentException(name + " must be whole milliseconds, at most " + maxMillis + " ms: " + value);
    }
  }

  /** Every setting at its default. */
  public static VertxIdentityOptions defaults() {
    return DEFAULTS;
  }

  /** The defaults, for the API host of {@code dataCenter}. */
  public static VertxIdentityOptions of(DataCenter dataCenter) {
    return builder().dataCenter(dataCenter).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder()
        .endpoint(endpoint)
        .connectTimeout(connectTimeout)
        .poolAcquireTimeout(poolAcquireTimeout)
        .idleTimeout(idleTimeout)
        .attemptTimeout(attemptTimeout)
        .maxPoolSize(maxPoolSize)
        .maxWaitQueueSize(maxWaitQueueSize)
        .maxBodyBytes(maxBodyBytes)
        .userAgent(userAgent)
        .jsonLimits(jsonLimits);
  }

  /** Builds {@link VertxIdentityOptions}; {@link #build()} validates. */
  public static final class Builder {
    private ApiEndpoint endpoint = DEFAULT_ENDPOINT;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration poolAcquireTimeout = DEFAULT_POOL_ACQUIRE_TIMEOUT;
    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private Duration attemptTimeout = DEFAULT_ATTEMPT_TIMEOUT;
    private int maxPoolSize = DEFAULT_MAX_POOL_SIZE;
    private int maxWaitQueueSize = DEFAULT_MAX_WAIT_QUEUE_SIZE;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private String userAgent = DEFAULT_USER_AGENT;
    private JsonLimits jsonLimits = DEFAULT_JSON_LIMITS;

    private Builder() {}

    /** Sets {@link VertxIdentityOptions#endpoint()}. */
    public Builder endpoint(ApiEndpoint endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
      return this;
    }

    /** Sets the endpoint to the API host of {@code dataCenter}. */
    public Builder dataCenter(DataCenter dataCenter) {
      return endpoint(ApiEndpoint.of(Objects.requireNonNull(dataCenter, "dataCenter == null")));
    }

    /**
     * Sets the endpoint to a base URL override, validated at once: https anywhere, plain http only to loopback.
     *
     * @throws IllegalArgumentException when the URL breaks a rule of {@link ApiEndpoint}
     */
    public Builder baseUrl(String baseUrl) {
      return endpoint(ApiEndpoint.parse(baseUrl));
    }

    /** Sets {@link VertxIdentityOptions#connectTimeout()}. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /** Sets {@link VertxIdentityOptions#poolAcquireTimeout()}. */
    public Builder poolAcquireTimeout(Duration timeout) {
      this.poolAcquireTimeout = timeout;
      return this;
    }

    /** Sets {@link VertxIdentityOptions#idleTimeout()}. */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = timeout;
      return this;
    }

    /** Sets {@link VertxIdentityOptions#attemptTimeout()}. */
    public Builder attemptTimeout(Duration timeout) {
      this.attemptTimeout = timeout;
      return this;
    }

    /** Sets {@link VertxIdentityOptions#maxPoolSize()}. */
    public Builder maxPoolSize(int size) {
      this.maxPoolSize = size;
      return this;
    }

    /** Sets {@link VertxIdentityOptions#maxWaitQueueSize()}. */
    public Builder maxWaitQueueSize(int size) {
      this.maxWaitQueueSize = size;
      return this;
    }

    /** Sets {@link VertxIdentityOptions#maxBodyBytes()}. */
    public Builder maxBodyBytes(int bytes) {
      this.maxBodyBytes = bytes;
      return this;
    }

    /** Sets {@link VertxIdentityOptions#userAgent()}. */
    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    /** Sets {@link VertxIdentityOptions#jsonLimits()}; its body limit is replaced by {@link #maxBodyBytes(int)}. */
    public Builder jsonLimits(JsonLimits limits) {
      this.jsonLimits = limits;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public VertxIdentityOptions build() {
      return new VertxIdentityOptions(endpoint, connectTimeout, poolAcquireTimeout, idleTimeout, attemptTimeout,
          maxPoolSize, maxWaitQueueSize, maxBodyBytes, userAgent, jsonLimits);
    }
  }
}
