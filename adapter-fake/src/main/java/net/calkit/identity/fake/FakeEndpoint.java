package net.calkit.identity.fake;

/** The endpoints the fake answers; faults are scripted and calls recorded per endpoint. */
public enum FakeEndpoint {
  /** {@code GET /v1/userinfo}. */
  USERINFO("GET", "/v1/userinfo"),
  /** {@code GET /v1/account}. */
  ACCOUNT("GET", "/v1/account"),
  /** {@code GET /v1/profiles}. */
  PROFILES("GET", "/v1/profiles"),
  /** {@code POST /v1/profiles/{profile_id}/revoke}. */
  REVOKE("POST", "/v1/profiles/{profile_id}/revoke"),
  /** {@code POST /oauth/token} with {@code grant_type=refresh_token}. */
  TOKEN("POST", "/oauth/token");

  private final String method;
  private final String path;

  FakeEndpoint(String method, String path) {
    this.method = method;
    this.path = path;
  }

  /** The HTTP method, {@code GET} or {@code POST}. */
  public String method() {
    return method;
  }

  /** The path below the API host; {@link #REVOKE} has a {@code {profile_id}} placeholder. */
  public String path() {
    return path;
  }

  /** Whether the call authenticates with a bearer access token (every endpoint but {@link #TOKEN}). */
  public boolean usesAccessToken() {
    return this != TOKEN;
  }
}
