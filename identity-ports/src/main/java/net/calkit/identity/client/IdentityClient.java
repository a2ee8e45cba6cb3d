package net.calkit.identity.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.policy.RetryPolicy;
import net.calkit.identity.domain.policy.TokenFreshness;
import net.calkit.identity.ports.IdentityApi;
import net.calkit.identity.ports.TokenStore;
import org.jspecify.annotations.Nullable;

/**
 * The application service: one instance serves many accounts concurrently over one {@link IdentityApi}
 * adapter. Each account is an {@link AccountSession} (from {@link #session}), whose calls refresh the
 * token on 401 (once, shared by concurrent calls), retry what is safe to retry, and end within a
 * whole-call deadline.
 */
public final class IdentityClient {
  /** Default whole-call deadline, attempts and backoff included = 30 s. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

  final IdentityApi api;
  final Optional<ClientCredentials> clientCredentials;
  final TokenStore tokenStore;
  final RetryPolicy retryPolicy;
  final TokenFreshness tokenFreshness;
  final Duration callTimeout;
  final Clock clock;
  final RandomGenerator random;
  final Scheduler scheduler;

  private IdentityClient(Builder builder) {
    this.api = builder.api;
    this.clientCredentials = Optional.ofNullable(builder.clientCredentials);
    this.tokenStore = builder.tokenStore;
    this.retryPolicy = builder.retryPolicy;
    this.tokenFreshness = builder.tokenFreshness;
    this.callTimeout = builder.callTimeout;
    this.clock = builder.clock;
    this.random = builder.random;
    this.scheduler = builder.scheduler;
  }

  /** Starts building a client over {@code api}. */
  public static Builder builder(IdentityApi api) {
    return new Builder(api);
  }

  /**
   * A session for one authorization. {@code key} names it to the {@link TokenStore}; keep one session
   * per authorization so that concurrent calls share one refresh.
   */
  public AccountSession session(String key, TokenSet tokens) {
    return new AccountSession(this, key, tokens);
  }

  /** Builds an {@link IdentityClient}; every setting has a documented default. */
  public static final class Builder {
    private final IdentityApi api;
    private @Nullable ClientCredentials clientCredentials;
    private TokenStore tokenStore = TokenStore.inMemoryOnly();
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private TokenFreshness tokenFreshness = TokenFreshness.DEFAULT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = ThreadLocalJitter.INSTANCE;
    private Scheduler scheduler = Scheduler.systemDefault();

    private Builder(IdentityApi api) {
      this.api = Objects.requireNonNull(api, "api == null");
    }

    /** The application's client credentials; without them a 401 is final. Default: none. */
    public Builder clientCredentials(ClientCredentials credentials) {
      this.clientCredentials = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }

    /** Where rotated tokens go. Default: {@link TokenStore#inMemoryOnly()}. */
    public Builder tokenStore(TokenStore store) {
      this.tokenStore = Objects.requireNonNull(store, "store == null");
      return this;
    }

    /** When to retry. Default: {@link RetryPolicy#DEFAULT}. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /** When a token counts as stale before use. Default: {@link TokenFreshness#DEFAULT}. */
    public Builder tokenFreshness(TokenFreshness freshness) {
      this.tokenFreshness = Objects.requireNonNull(freshness, "freshness == null");
      return this;
    }

    /** The whole-call deadline, attempts and backoff included. Default: {@link #DEFAULT_CALL_TIMEOUT}. */
    public Builder callTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("callTimeout must be positive: " + timeout);
      }
      this.callTimeout = timeout;
      return this;
    }

    /** The clock for token expiry and {@code Retry-After} dates. Default: the UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The jitter source; calls on many threads draw from it at once, so it must be thread-safe. Default:
     * the calling thread's {@link java.util.concurrent.ThreadLocalRandom}.
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random == null");
      return this;
    }

    /** Runs backoff waits and deadlines. Default: {@link Scheduler#systemDefault()}. */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
      return this;
    }

    /** The client. */
    public IdentityClient build() {
      return new IdentityClient(this);
    }
  }
}
