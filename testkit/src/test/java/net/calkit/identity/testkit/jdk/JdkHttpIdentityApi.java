package net.calkit.identity.testkit.jdk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Function;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InsufficientScopeException;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.InvalidRequestException;
import net.calkit.identity.domain.error.InvalidResponseException;
import net.calkit.identity.domain.error.LockedException;
import net.calkit.identity.domain.error.NotFoundException;
import net.calkit.identity.domain.error.PaymentRequiredException;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.RetryAfter;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.TransportException;
import net.calkit.identity.domain.error.UnauthorizedException;
import net.calkit.identity.domain.error.UnexpectedStatusException;
import net.calkit.identity.json.IdentityJsonCodec;
import net.calkit.identity.json.JsonLimits;
import net.calkit.identity.ports.IdentityApi;

/**
 * A third adapter, written only to prove the kit: the JDK's {@link HttpClient} plus
 * {@link IdentityJsonCodec}. It never follows redirects, bounds bodies, and maps every status as the
 * API documents. {@link Defect}s switch on deliberate bugs for the kit's self-test.
 */
public final class JdkHttpIdentityApi implements IdentityApi {
  private static final HttpClient SHARED = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final HttpClient FOLLOWING = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.ALWAYS)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final String USER_AGENT = "calkit-jdk-example/0.1";

  /** Deliberate bugs, each of which some kit rule must catch. */
  public enum Defect {
    FOLLOWS_REDIRECTS, AUTHORIZATION_ON_REFRESH, WRONG_AUTH_SCHEME, WRONG_REVOKE_PATH, IGNORES_RETRY_AFTER,
    UNAUTHORIZED_AS_SERVER_ERROR, NO_BODY_LIMIT, IO_AS_INVALID_RESPONSE, BLOCKS_CALLER, TOKEN_IN_MESSAGE,
    SENDS_OLD_REFRESH_TOKEN, IGNORES_CANCEL
  }

  private final URI baseUri;
  private final IdentityJsonCodec codec;
  private final Set<Defect> defects;

  private JdkHttpIdentityApi(URI baseUri, Set<Defect> defects) {
    this.baseUri = baseUri;
    this.defects = defects.isEmpty() ? EnumSet.noneOf(Defect.class) : EnumSet.copyOf(defects);
    this.codec = IdentityJsonCodec.create(defects.contains(Defect.NO_BODY_LIMIT)
        ? JsonLimits.DEFAULT.withMaxBodyBytes(Integer.MAX_VALUE) : JsonLimits.DEFAULT);
  }

  /** An adapter sending every call below {@code baseUri}. */
  public static JdkHttpIdentityApi create(URI baseUri) {
    return new JdkHttpIdentityApi(baseUri, Set.of());
  }

  /** An adapter with deliberate bugs. */
  public static JdkHttpIdentityApi withDefects(URI baseUri, Set<Defect> defects) {
    return new JdkHttpIdentityApi(baseUri, defects);
  }

  /** The base URI this adapter uses for a data center. */
  public static URI baseUriFor(DataCenter dataCenter) {
    return dataCenter.apiBaseUri();
  }

  @Override
  public CompletionStage<UserInfo> userInfo(AccessToken token) {
    return get("/v1/userinfo", token, codec::decodeUserInfo);
  }

  @Override
  public CompletionStage<Account> account(AccessToken token) {
    return get("/v1/account", token, codec::decodeAccount);
  }

  @Override
  public CompletionStage<List<CalendarProfile>> profiles(AccessToken token) {
    return get("/v1/profiles", token, codec::decodeProfiles);
  }

  @Override
  public CompletionStage<Void> revokeProfile(AccessToken token, ProfileId profileId) {
    String path = defects.contains(Defect.WRONG_REVOKE_PATH)
        ? "/v1/profiles/revoke/" + profileId.value() : "/v1/profiles/" + profileId.value() + "/revoke";
    return send(authorized(path, token).POST(HttpRequest.BodyPublishers.noBody()), body -> null, token.value());
  }

  @Override
  public CompletionStage<TokenResponse> refresh(ClientCredentials client, RefreshToken refreshToken) {
    HttpRequest.Builder request = base("/oauth/token").header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(codec.encodeRefreshRequest(client, refreshToken)));
    if (defects.contains(Defect.AUTHORIZATION_ON_REFRESH)) {
      request.header("Authorization", "Bearer " + refreshToken.value());
    }
    Function<byte[], TokenResponse> decode = codec::decodeTokenResponse;
    if (defects.contains(Defect.SENDS_OLD_REFRESH_TOKEN)) {
      decode = decode.andThen(answer -> new TokenResponse(answer.tokenType(), answer.accessToken(),
          Optional.of(refreshToken), answer.expiresIn(), answer.scope()));
    }
    return send(request, decode, refreshToken.value());
  }

  private <T> CompletionStage<T> get(String path, AccessToken token, Function<byte[], T> decode) {
    return send(authorized(path, token).GET(), decode, token.value());
  }

  private HttpRequest.Builder base(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUri + path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
    return builder.header("User-Agent", USER_AGENT);
  }

  private HttpRequest.Builder authorized(String path, AccessToken token) {
    String scheme = defects.contains(Defect.WRONG_AUTH_SCHEME) ? "Token " : "Bearer ";
    return base(path).header("Authorization", scheme + token.value());
  }

  private <T> CompletionStage<T> send(HttpRequest.Builder request, Function<byte[], T> decode, String secret) {
    CompletableFuture<T> result;
    try {
      HttpClient client = defects.contains(Defect.FOLLOWS_REDIRECTS) ? FOLLOWING : SHARED;
      long limit = codec.limits().maxBodyBytes();
      java.util.concurrent.atomic.AtomicBoolean tooLarge = new java.util.concurrent.atomic.AtomicBoolean();
      result = client.sendAsync(request.build(), info -> new LimitedBody(info, limit, tooLarge))
          .handle((response, error) -> {
            if (error != null) {
              if (tooLarge.get()) {
                throw new CompletionException(new InvalidResponseException(0,
                    "body larger than " + limit + " bytes", ""));
              }
              throw new CompletionException(transportFailure(error, secret));
            }
            return answer(response, decode);
          });
    } catch (RuntimeException failed) {
      return CompletableFuture.failedFuture(new TransportException("the request could not be sent", null));
    }
    if (defects.contains(Defect.BLOCKS_CALLER)) {
      result.exceptionally(e -> null).join();
    }
    if (defects.contains(Defect.IGNORES_CANCEL)) {
      CompletableFuture<T> detached = new CompletableFuture<>();
      result.whenComplete((value, error) -> {
        if (error != null) {
          detached.completeExceptionally(error);
        } else {
          detached.complete(value);
        }
      });
      return detached;
    }
    return result; // the JDK client's futures propagate cancel() to the exchange
  }

  private IdentityException transportFailure(Throwable error, String secret) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLarge) {
        return new InvalidResponseException(0, "body larger than " + codec.limits().maxBodyBytes() + " bytes", "");
      }
    }
    if (defects.contains(Defect.IO_AS_INVALID_RESPONSE)) {
      return new InvalidResponseException(0, "could not read the response", "");
    }
    String detail = cause.getClass().getSimpleName();
    if (defects.contains(Defect.TOKEN_IN_MESSAGE)) {
      detail += " while sending with credential " + secret;
    }
    return new TransportException(detail, null);
  }

  private <T> T answer(HttpResponse<byte[]> response, Function<byte[], T> decode) {
    int status = response.statusCode();
    byte[] body = response.body();
    String text = new String(body, StandardCharsets.UTF_8);
    if (status == 200 || status == 202) {
      return decode.apply(body);
    }
    switch (status) {
      case 400: {
        Optional<String> error = codec.decodeOAuthError(body);
        if (error.filter("invalid_grant"::equals).isPresent()) {
          throw new InvalidGrantException(status, "", text);
        }
        throw new InvalidRequestException(status, error.orElse(""), List.of(), text);
      }
      case 401:
        if (defects.contains(Defect.UNAUTHORIZED_AS_SERVER_ERROR)) {
          throw new ServerErrorException(500, text);
        }
        throw new UnauthorizedException(status, "", text);
      case 402:
        throw new PaymentRequiredException(status, "", text);
      case 403:
        throw new InsufficientScopeException(status, "", text);
      case 404:
        throw new NotFoundException(status, "", text);
      case 422:
        throw new InvalidRequestException(status, "", codec.decodeFieldErrors(body), text);
      case 423:
        throw new LockedException(status, "", text);
      case 429:
        Optional<RetryAfter> retryAfter = defects.contains(Defect.IGNORES_RETRY_AFTER) ? Optional.empty()
            : response.headers().firstValue("Retry-After").flatMap(RetryAfter::parse);
        throw new RateLimitedException(retryAfter, text);
      default:
        if (status >= 500 && status <= 599) {
          throw new ServerErrorException(status, text);
        }
        throw new UnexpectedStatusException(status, status >= 300 && status < 400 ? "redirect not followed" : "", text);
    }
  }

  @Override
  public String toString() {
    return "JdkHttpIdentityApi[" + baseUri + "]";
  }

  /** Signals a body over the limit. */
  private static final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge() {
      super("body too large", null);
    }
  }

  /** Collects a body, failing as soon as it is known to exceed the limit (announced or counted). */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final long limit;
    private final long announced;
    private final java.util.concurrent.atomic.AtomicBoolean tooLarge;
    private Flow.Subscription subscription;

    LimitedBody(HttpResponse.ResponseInfo info, long limit, java.util.concurrent.atomic.AtomicBoolean tooLarge) {
      this.limit = limit;
      this.tooLarge = tooLarge;
      this.announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (announced > limit) {
        tooLarge.set(true);
        s.cancel();
        result.completeExceptionally(new BodyTooLarge());
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer item : items) {
        if (out.size() + (long) item.remaining() > limit) {
          tooLarge.set(true);
          subscription.cancel();
          result.completeExceptionally(new BodyTooLarge());
          return;
        }
        byte[] bytes = new byte[item.remaining()];
        item.get(bytes);
        out.write(bytes, 0, bytes.length);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }
  }
}
