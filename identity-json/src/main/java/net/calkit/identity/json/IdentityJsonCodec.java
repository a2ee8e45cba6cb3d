package net.calkit.identity.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.error.FieldError;

/**
 * The Cronofy wire format. Decoding is permissive where the API says so (unknown keys ignored, unknown
 * enum values kept, optional attributes may be missing or null) and strict where safety needs it (see
 * {@link JsonLimits}); every failure is an
 * {@link net.calkit.identity.domain.error.InvalidResponseException} naming what was wrong and where,
 * never a Jackson exception. Encoding writes the API's own keys, so decode then encode keeps every
 * modelled attribute. Instances are immutable and thread-safe.
 */
public final class IdentityJsonCodec {
  private final JsonLimits limits;

  private IdentityJsonCodec(JsonLimits limits) {
    this.limits = limits;
  }

  /** A codec with {@link JsonLimits#DEFAULT}. */
  public static IdentityJsonCodec create() {
    return create(JsonLimits.DEFAULT);
  }

  /** A codec with the given limits. */
  public static IdentityJsonCodec create(JsonLimits limits) {
    return new IdentityJsonCodec(Objects.requireNonNull(limits, "limits == null"));
  }

  /** The limits in force. */
  public JsonLimits limits() {
    return limits;
  }

  /** Decodes a {@code GET /v1/userinfo} body. */
  public UserInfo decodeUserInfo(byte[] body) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Decodes a {@code GET /v1/account} body ({@code {"account": {...}, "sub": ...}}). */
  public Account decodeAccount(byte[] body) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Decodes a {@code GET /v1/profiles} body ({@code {"profiles": [...]}}). */
  public List<CalendarProfile> decodeProfiles(byte[] body) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Decodes a {@code POST /oauth/token} answer. */
  public TokenResponse decodeTokenResponse(byte[] body) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** The field errors of a 422 body; empty when the body has none or is not JSON (never throws). */
  public List<FieldError> decodeFieldErrors(byte[] body) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** The {@code error} of an OAuth 400 body such as {@code invalid_grant}; empty when absent (never throws). */
  public Optional<String> decodeOAuthError(byte[] body) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Encodes a userinfo body with the API's keys. */
  public byte[] encodeUserInfo(UserInfo userInfo) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Encodes {@code {"account": {...}, "sub": ...}}. */
  public byte[] encodeAccount(Account account) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Encodes {@code {"profiles": [...]}}. */
  public byte[] encodeProfiles(List<CalendarProfile> profiles) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Encodes {@code {"conferencing_profiles": [...]}}. */
  public byte[] encodeConferencingProfiles(List<ConferencingProfile> profiles) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Encodes a token answer. */
  public byte[] encodeTokenResponse(TokenResponse response) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Encodes the refresh request body: client_id, client_secret, grant_type=refresh_token, refresh_token. */
  public byte[] encodeRefreshRequest(ClientCredentials client, RefreshToken refreshToken) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Decodes a refresh request body (for stub servers); fails with the invalid-response error when malformed. */
  public RefreshRequest decodeRefreshRequest(byte[] body) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Encodes a 422 body {@code {"errors": {param: [{key, description}]}}}. */
  public byte[] encodeFieldErrors(List<FieldError> errors) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Encodes an OAuth error body {@code {"error": code}}. */
  public byte[] encodeOAuthError(String error) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
