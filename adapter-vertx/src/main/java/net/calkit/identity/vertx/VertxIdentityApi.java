package net.calkit.identity.vertx;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.error.TransportException;
import net.calkit.identity.json.IdentityJsonCodec;
import net.calkit.identity.ports.IdentityApi;
import net.calkit.identity.vertx.internal.Exchange;
import net.calkit.identity.vertx.internal.Failures;
import net.calkit.identity.vertx.internal.Requests;
import net.calkit.identity.vertx.internal.Responses;
import org.jspecify.annotations.Nullable;

/**
 * The {@link IdentityApi} over a Vert.x 5 {@link HttpClient} it creates and owns (one pool to the
 * endpoint); {@link #close()} releases it. One instance serves many accounts concurrently.
 *
 * <p>Threading: every method may be called from any thread, never blocks, and never throws (a null
 * argument, a programming error, throws {@link NullPointerException}); the
 * attempt runs on the caller's Vert.x context, or on a fresh event-loop context when called from a
 * non-Vert.x thread. The returned stage completes on that context's thread (an event loop; a worker
 * thread only if called from a worker context), except that a caller's {@code cancel} completes it on
 * the caller's thread. Decoding happens on that thread too: bodies are small and bounded by
 * {@link VertxIdentityOptions#maxBodyBytes()}.
 *
 * <p>Each stage is a {@link CompletableFuture}; cancelling it resets the request (HTTP/1.1 closes
 * the connection). Redirects are never followed: a 3xx fails with
 * {@link net.calkit.identity.domain.error.UnexpectedStatusException}. A 2xx body is decoded whatever its
 * {@code Content-Type} says; a body that does not decode fails with the codec's
 * {@link net.calkit.identity.domain.error.InvalidResponseException}, kept as it is (it names the JSON path; for the token endpoint it
 * quotes nothing of the body).
 */
public final class VertxIdentityApi implements IdentityApi {
  /** This library's version, sent in the default {@code User-Agent}. */
  public static final String VERSION = "0.1.0-SNAPSHOT";

  private final Vertx vertx;
  private final VertxIdentityOptions options;
  private final HttpClient client;
  private final IdentityJsonCodec codec;
  private final Requests requests;
  private final Exchange.Limits limits;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final VertxIdentityFutures futures;

  private VertxIdentityApi(Vertx vertx, VertxIdentityOptions options) {
    this.vertx = vertx;
    this.options = options;
    this.codec = IdentityJsonCodec.create(options.jsonLimits());
    this.requests = new Requests(options.endpoint(), options.userAgent());
    this.limits = new Exchange.Limits(options.attemptTimeout(), options.maxBodyBytes(),
        new Failures.Settings(options.maxWaitQueueSize(), options.poolAcquireTimeout().toMillis()));
    this.client = vertx.createHttpClient(httpClientOptions(options), poolOptions(options));
    if (options.endpoint().isTls()) {
      // the JDK's TLS classes initialise in hundreds of milliseconds; do it on a worker now rather than
      // on an event loop at the first handshake (a no-op once done in this JVM)
      vertx.executeBlocking(SSLContext::getDefault, false);
    }
    this.futures = new FutureFace(this);
  }

  /** An adapter with its own HTTP client, configured by {@code options}. */
  public static VertxIdentityApi create(Vertx vertx, VertxIdentityOptions options) {
    return new VertxIdentityApi(Objects.requireNonNull(vertx, "vertx == null"),
        Objects.requireNonNull(options, "options == null"));
  }

  /** An adapter with {@link VertxIdentityOptions#defaults()} (the US data center). */
  public static VertxIdentityApi create(Vertx vertx) {
    return create(vertx, VertxIdentityOptions.defaults());
  }

  static HttpClientOptions httpClientOptions(VertxIdentityOptions options) {
    return new HttpClientOptions()
        .setProtocolVersion(HttpVersion.HTTP_1_1)
        .setDefaultHost(options.endpoint().host())
        .setDefaultPort(options.endpoint().port())
        .setSsl(options.endpoint().isTls())
        .setVerifyHost(true)
        .setTrustAll(false)
        .setConnectTimeout((int) options.connectTimeout().toMillis())
        .setIdleTimeout((int) options.idleTimeout().toMillis())
        .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
        .setKeepAlive(true)
        // pooled connections without traffic close after the idle timeout, not Vert.x's 60 s default
        .setKeepAliveTimeout((int) Math.max(1, (options.idleTimeout().toMillis() + 999) / 1000))
        .setPipelining(false);
  }

  static PoolOptions poolOptions(VertxIdentityOptions options) {
    return new PoolOptions()
        .setHttp1MaxSize(options.maxPoolSize())
        .setMaxWaitQueueSize(options.maxWaitQueueSize());
  }

  /** The options in force. */
  public VertxIdentityOptions options() {
    return options;
  }

  /** The same calls as Vert.x {@link Future}s, for Vert.x code. */
  public VertxIdentityFutures futures() {
    return futures;
  }

  @Override
  public CompletableFuture<UserInfo> userInfo(AccessToken token) {
    Objects.requireNonNull(token, "token == null");
    return exchange(requests.api(HttpMethod.GET, Requests.USERINFO, token), null,
        (status, body) -> codec.decodeUserInfo(body), apiErrors(token));
  }

  @Override
  public CompletableFuture<Account> account(AccessToken token) {
    Objects.requireNonNull(token, "token == null");
    return exchange(requests.api(HttpMethod.GET, Requests.ACCOUNT, token), null,
        (status, body) -> codec.decodeAccount(body), apiErrors(token));
  }

  @Override
  public CompletableFuture<List<CalendarProfile>> profiles(AccessToken token) {
    Objects.requireNonNull(token, "token == null");
    return exchange(requests.api(HttpMethod.GET, Requests.PROFILES, token), null,
        (status, body) -> codec.decodeProfiles(body), apiErrors(token));
  }

  @Override
  public CompletableFuture<Void> revokeProfile(AccessToken token, ProfileId profileId) {
    Objects.requireNonNull(token, "token == null");
    Objects.requireNonNull(profileId, "profileId == null");
    return exchange(requests.api(HttpMethod.POST, Requests.revokePath(profileId), token), null,
        (status, body) -> null, apiErrors(token));
  }

  @Override
  public CompletableFuture<TokenResponse> refresh(ClientCredentials client, RefreshToken refreshToken) {
    Objects.requireNonNull(client, "client == null");
    Objects.requireNonNull(refreshToken, "refreshToken == null");
    Buffer body = Buffer.buffer(codec.encodeRefreshRequest(client, refreshToken));
    return exchange(requests.token(), body, (status, bytes) -> codec.decodeTokenResponse(bytes),
        (status, retryAfter, bytes) -> Responses.tokenError(codec, status, client, refreshToken, retryAfter, bytes));
  }

  /** The errors of a {@code /v1} call: the access token sent is redacted from error bodies. */
  private Exchange.ErrorMapper apiErrors(AccessToken bearer) {
    return (status, retryAfter, bytes) -> Responses.apiError(codec, status, bearer, retryAfter, bytes);
  }

  /** Runs one exchange; {@code errors} maps a non-2xx response. */
  private <T> CompletableFuture<T> exchange(RequestOptions request, @Nullable Buffer body,
      Exchange.Decoder<T> decoder, Exchange.ErrorMapper errors) {
    if (closed.get()) {
      return CompletableFuture.failedFuture(new TransportException("the adapter is closed", null));
    }
    Context context;
    try {
      context = vertx.getOrCreateContext();
    } catch (RuntimeException unavailable) {
      return CompletableFuture.failedFuture(new TransportException("Vert.x is unavailable", unavailable));
    }
    try {
      return new Exchange<>(vertx, client, context, request, body, limits, decoder, errors).start();
    } catch (RuntimeException unavailable) {
      // a Vert.x instance closed under the adapter rejects tasks; the call still fails typed, never throws
      return CompletableFuture.failedFuture(new TransportException("Vert.x is unavailable", unavailable));
    }
  }

  /** Closes the HTTP client and its connections; calls made afterwards fail with a transport error. */
  public Future<Void> close() {
    closed.set(true);
    return client.close();
  }

  @Override
  public String toString() {
    return "VertxIdentityApi[" + options.endpoint() + "]";
  }

  private static final class FutureFace implements VertxIdentityFutures {
    private final VertxIdentityApi api;

    FutureFace(VertxIdentityApi api) {
      this.api = api;
    }

    @Override
    public Future<UserInfo> userInfo(AccessToken token) {
      return face(() -> api.userInfo(token));
    }

    @Override
    public Future<Account> account(AccessToken token) {
      return face(() -> api.account(token));
    }

    @Override
    public Future<List<CalendarProfile>> profiles(AccessToken token) {
      return face(() -> api.profiles(token));
    }

    @Override
    public Future<Void> revokeProfile(AccessToken token, ProfileId profileId) {
      return face(() -> api.revokeProfile(token, profileId));
    }

    @Override
    public Future<TokenResponse> refresh(ClientCredentials client, RefreshToken refreshToken) {
      return face(() -> api.refresh(client, refreshToken));
    }

    private static <T> Future<T> face(Supplier<CompletionStage<T>> call) {
      return Future.fromCompletionStage(call.get());
    }
  }
}
