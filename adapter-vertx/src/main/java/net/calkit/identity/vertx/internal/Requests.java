package net.calkit.identity.vertx.internal;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.util.Objects;
import net.calkit.identity.domain.ApiEndpoint;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.credentials.AccessToken;

/** Builds the request of each call: where it goes and the headers it carries. */
public final class Requests {
  /** {@code GET /v1/userinfo}. */
  public static final String USERINFO = "/v1/userinfo";
  /** {@code GET /v1/account}. */
  public static final String ACCOUNT = "/v1/account";
  /** {@code GET /v1/profiles}. */
  public static final String PROFILES = "/v1/profiles";
  /** {@code POST /oauth/token}. */
  public static final String TOKEN = "/oauth/token";
  /** The JSON content type of the refresh body. */
  public static final String JSON_UTF8 = "application/json; charset=utf-8";

  private final ApiEndpoint endpoint;
  private final String userAgent;

  /** Requests to {@code endpoint} carrying {@code userAgent}. */
  public Requests(ApiEndpoint endpoint, String userAgent) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent == null");
  }

  /** The path of {@code POST /v1/profiles/{id}/revoke}; a {@link ProfileId} is path-safe by construction. */
  public static String revokePath(ProfileId profileId) {
    return "/v1/profiles/" + profileId.value() + "/revoke";
  }

  /** A bearer-authenticated API request for {@code path} (below the endpoint's path prefix). */
  public RequestOptions api(HttpMethod method, String path, AccessToken token) {
    return base(method, path).putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.value());
  }

  /** The refresh request: JSON body, no {@code Authorization} (the client credentials are in the body). */
  public RequestOptions token() {
    return base(HttpMethod.POST, TOKEN).putHeader(HttpHeaders.CONTENT_TYPE, JSON_UTF8);
  }

  private RequestOptions base(HttpMethod method, String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
    return new RequestOptions()
        .setMethod(method)
        .setHost(endpoint.host())
        .setPort(endpoint.port())
        .setSsl(endpoint.isTls())
        .setURI(endpoint.pathPrefix() + path)
        // never: Vert.x 5.0 copies Authorization to the redirect target, even on another host
        .setFollowRedirects(false)
        // The request's "connect" timeout is the wait for a pooled connection (the TCP connect timeout is
        // HttpClientOptions'). Vert.x 5.0.7's timer for it can fire for a request the pool has already
        // served ("Promise already completed", and the pool's count goes wrong; vert.x issue 6169), so
        // there is none: Exchange times the wait, like the attempt (setTimeout() is not used either).
        .setConnectTimeout(0)
        .putHeader(HttpHeaders.ACCEPT, "application/json")
        .putHeader(HttpHeaders.USER_AGENT, userAgent);
  }
}
