package net.calkit.identity.testkit;

import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * The catalogue of rules the contract kit verifies, with stable IDs. Every kit test's display name
 * starts with the ID of the rule it verifies, and every failure message starts with {@code [ID]}, the
 * rule's title, then what was expected and what was seen. {@code testkit/RULES.md} documents each
 * rule with its source sentence and what to check when it fails.
 */
public enum ContractRule {
  /** The kit's hooks return usable values. */
  KIT_1("KIT-1", Scope.BOTH, "the kit's hooks return usable values",
      "testkit README, Hooks",
      "createApi must return a new, non-null adapter; timeout() and maxBodyBytes() must be positive;"
          + " closeApi must release the adapter within timeout()",
      "return your adapter from createApi (never null); fix the overridden hook the message names;"
          + " make close() complete, or override closeApi"),
  /** Successful calls complete the stage exactly once, and no call ever throws synchronously. */
  STAGE_1("STAGE-1", Scope.BOTH, "stage completes exactly once and never throws synchronously",
      "IdentityApi",
      "Every method returns a stage that completes exactly once, never throws synchronously, never blocks the caller",
      "return a failed stage instead of throwing; never return null; complete on every path (including faults)"),
  /** The call returns before the server answers. */
  STAGE_2("STAGE-2", Scope.HTTP, "the call does not block the caller",
      "IdentityApi",
      "Every method returns a stage that completes exactly once, never throws synchronously, never blocks the caller",
      "do not call join()/get()/send() on the caller's thread; use the client's async API"),
  /** Cancelling the stage abandons the HTTP request. */
  CANCEL_1("CANCEL-1", Scope.HTTP, "cancelling the stage abandons the request",
      "IdentityApi",
      "If the caller cancels the stage's CompletableFuture, the adapter abandons the attempt (an HTTP adapter resets the request) and releases its resources.",
      "propagate cancel() of the returned future to the HTTP request (reset the stream or close the connection)"),
  /** Every API call carries {@code Authorization: Bearer}. */
  AUTH_1("AUTH-1", Scope.HTTP, "every API call sends Authorization: Bearer {ACCESS_TOKEN}",
      "IDENTITY-API.md, General rules",
      "Every call sends `Authorization: Bearer {ACCESS_TOKEN}` (RFC 6750).",
      "set the header on every /v1 request, exactly \"Bearer \" followed by the token"),
  /** Requests use the documented method and path. */
  WIRE_1("WIRE-1", Scope.HTTP, "requests use the documented method and path below the base URI",
      "IDENTITY-API.md, endpoint headings",
      "GET /v1/userinfo, GET /v1/account, GET /v1/profiles, POST /v1/profiles/{profile_id}/revoke, POST /oauth/token",
      "resolve paths below the configured base URI, keep its path prefix, use the documented method"),
  /** Requests identify the client. */
  WIRE_2("WIRE-2", Scope.HTTP, "requests send a non-blank User-Agent",
      "DESIGN.md, contract-testing custom adapters",
      "every documented rule checked; a client identifies itself so the API operator can tell clients apart",
      "set a User-Agent such as \"my-adapter/1.0\""),
  /** Unknown attributes are ignored. */
  PARSE_1("PARSE-1", Scope.HTTP, "unknown attributes are ignored",
      "IDENTITY-API.md, General rules",
      "Clients must parse permissively: ignore attributes they don't understand",
      "configure the JSON reader to skip unknown keys (at any depth, including objects and arrays)"),
  /** Missing optional attributes are not an error. */
  PARSE_2("PARSE-2", Scope.BOTH, "missing optional attributes are not an error",
      "IDENTITY-API.md, General rules",
      "and not fail when an optional attribute is missing.",
      "only profile_id, account_id, sub and access_token are required; map absent attributes to Optional.empty()"),
  /** Legacy account bodies parse. */
  PARSE_3("PARSE-3", Scope.HTTP, "legacy bodies without the newer attributes parse",
      "IDENTITY-API.md, GET /v1/account and GET /v1/profiles",
      "Only `account_id` is certain: older bodies lack `scope`, `name`, `default_tzid` and the top-level `sub`.",
      "do not require scope, name, default_tzid, sub, provider_service or profile_initial_sync_required"),
  /** Text is UTF-8 and kept exactly. */
  PARSE_4("PARSE-4", Scope.BOTH, "UTF-8 text and long IDs are kept exactly",
      "IDENTITY-API.md, General rules",
      "Strings are UTF-8. [...] The docs say account IDs are 28 characters, but real IDs are shorter: never enforce the length.",
      "decode bodies as UTF-8 whatever the platform charset; do not validate ID lengths"),
  /** A 2xx body that is not the documented JSON fails with an invalid-response error. */
  PARSE_5("PARSE-5", Scope.HTTP, "a malformed success body fails with InvalidResponseException",
      "DESIGN.md, Errors",
      "one sealed, unchecked root with a subtype per meaning (... invalid response, transport failure/timeout ...)",
      "catch the JSON parser's failure and fail the stage with InvalidResponseException (or use IdentityJsonCodec)"),
  /** Bodies over the size limit fail cleanly, announced or not. */
  PARSE_6("PARSE-6", Scope.HTTP, "an oversized body fails with InvalidResponseException, announced or chunked",
      "identity-json JsonLimits",
      "Bounds on what the codec reads, so a hostile or broken body cannot exhaust memory or the stack.",
      "check Content-Length before reading and count bytes while reading chunked bodies"),
  /** Unknown enumerated values are kept verbatim. */
  ENUM_1("ENUM-1", Scope.BOTH, "unknown values of enumerated strings are kept verbatim",
      "IDENTITY-API.md, General rules",
      "accept any value of an enumerated string (\"this will be expanded over time and therefore consumers should support any value for this field\")",
      "map provider_name, provider_service, cronofy.type, permission_level and status with the open enums' of(String)"),
  /** The userinfo of an account. */
  USER_1("USER-1", Scope.BOTH, "userinfo of an account carries sub, email, name, zoneinfo, type and data",
      "IDENTITY-API.md, GET /v1/userinfo",
      "Top level: `sub` (always), `email` (optional), `name` (optional, may be null or blank), `zoneinfo` (IANA zone, accounts), `cronofy.type` [...], `cronofy.data` (object).",
      "read the literal dotted keys \"cronofy.type\" and \"cronofy.data\"; keep blank names; map a null name to empty"),
  /** The userinfo of a service account. */
  USER_2("USER-2", Scope.BOTH, "userinfo of a service account carries service_account and delegated_scope",
      "IDENTITY-API.md, GET /v1/userinfo",
      "A service account has no profiles, name or zoneinfo; `service_account` (service accounts): `provider_name`, `domain`; `delegated_scope` (service accounts only).",
      "map cronofy.data.service_account and authorization.delegated_scope"),
  /** The userinfo of an application calendar. */
  USER_3("USER-3", Scope.BOTH, "userinfo of an application calendar carries application_calendar_id and one cronofy profile",
      "IDENTITY-API.md, GET /v1/userinfo",
      "Application calendars also carry a top-level `application_calendar_id`. [...] an application calendar has no email, name or zoneinfo and one `cronofy` profile.",
      "map the top-level application_calendar_id and cronofy.data.application_calendar"),
  /** The account endpoint. */
  ACCT_1("ACCT-1", Scope.BOTH, "account carries account_id, email, name, scope, default_tzid and sub",
      "IDENTITY-API.md, GET /v1/account",
      "`{\"account\": {account_id, email, name, scope, default_tzid}, \"sub\"}`.",
      "read the nested \"account\" object and the top-level sub; scope is space-separated"),
  /** Relink URLs are surfaced for disconnected profiles. */
  PROF_1("PROF-1", Scope.BOTH, "relink URL present when disconnected",
      "IDENTITY-API.md, GET /v1/profiles",
      "`profile_relink_url` (when not connected).",
      "map profile_relink_url and profile_connected for calendar profiles in /v1/profiles and userinfo"),
  /** The initial sync flag is surfaced. */
  PROF_2("PROF-2", Scope.BOTH, "initial sync flag surfaced",
      "IDENTITY-API.md, GET /v1/profiles",
      "`profile_initial_sync_required`: after Individual Connect, Cronofy syncs the calendar; until done, events and availability are incomplete.",
      "map profile_initial_sync_required to CalendarProfile.initialSyncRequired()"),
  /** Same-name profiles are told apart by provider and service, and order is kept. */
  PROF_3("PROF-3", Scope.BOTH, "same-name profiles keep provider and service, in order",
      "IDENTITY-API.md, GET /v1/profiles",
      "Users can have several profiles with the same name: provider and service are what tell them apart.",
      "keep every profile (no de-duplication by name), in response order, with provider_name and provider_service"),
  /** Conferencing profiles are surfaced with their relink URLs. */
  PROF_4("PROF-4", Scope.BOTH, "conferencing profiles surfaced, with relink URL when disconnected",
      "IDENTITY-API.md, GET /v1/userinfo (conferencing-profiles.md)",
      "`conferencing_profiles[]`: `provider_name` [...], `profile_id`, `profile_name`, `profile_connected`, `profile_relink_url` (present when not connected). Absent until the account authorized conferencing.",
      "map cronofy.data.conferencing_profiles; keep absent (not authorized) distinct from empty"),
  /** Userinfo calendar profiles carry their calendars. */
  PROF_5("PROF-5", Scope.BOTH, "userinfo calendar profiles carry their calendars",
      "IDENTITY-API.md, GET /v1/userinfo",
      "`profile_calendars[]`: `calendar_id`, `calendar_name`, `calendar_readonly`, `calendar_deleted`, `calendar_primary`, `calendar_integrated_conferencing_available`, `calendar_attachments_available`, `permission_level`",
      "map profile_calendars with every attribute"),
  /** 401 is an unauthorized error. */
  ERR_401("ERR-401", Scope.BOTH, "401 fails with UnauthorizedException",
      "IDENTITY-API.md, Errors",
      "401 | credentials not recognized | refresh the access token with the refresh token, then retry once",
      "map 401 to UnauthorizedException (the application service refreshes on it); never to a generic error"),
  /** 402 is a payment-required error. */
  ERR_402("ERR-402", Scope.BOTH, "402 fails with PaymentRequiredException",
      "IDENTITY-API.md, Errors",
      "402 | plan lacks the feature | terminal",
      "map 402 to PaymentRequiredException"),
  /** 403 is an insufficient-scope error. */
  ERR_403("ERR-403", Scope.BOTH, "403 fails with InsufficientScopeException",
      "IDENTITY-API.md, Errors",
      "403 | token lacks the scope | terminal: a new authorization is needed",
      "map 403 to InsufficientScopeException"),
  /** 404 is a not-found error. */
  ERR_404("ERR-404", Scope.BOTH, "404 fails with NotFoundException",
      "IDENTITY-API.md, Errors",
      "404 | resource not found | terminal",
      "map 404 to NotFoundException"),
  /** 422 is an invalid-request error with field errors. */
  ERR_422("ERR-422", Scope.BOTH, "422 fails with InvalidRequestException carrying the field errors",
      "IDENTITY-API.md, Errors",
      "422 | invalid parameters: `{\"errors\":{\"<param>\":[{\"key\",\"description\"}]}}` | terminal",
      "map 422 to InvalidRequestException and decode the errors object (IdentityJsonCodec.decodeFieldErrors)"),
  /** 423 is a locked error. */
  ERR_423("ERR-423", Scope.BOTH, "423 fails with LockedException",
      "IDENTITY-API.md, Errors",
      "423 | account locked | terminal",
      "map 423 to LockedException"),
  /** 429 is a rate-limited error surfacing Retry-After. */
  ERR_429("ERR-429", Scope.BOTH, "429 fails with RateLimitedException surfacing Retry-After",
      "IDENTITY-API.md, Errors",
      "429 | rate limited [...] | retry with backoff; no `Retry-After` is documented, honour one if sent",
      "map 429 to RateLimitedException with RetryAfter.parse(header); a missing header gives an empty retryAfter()"),
  /** 5xx is a server error carrying the status. */
  ERR_5XX("ERR-5XX", Scope.BOTH, "5xx fails with ServerErrorException carrying the status",
      "IDENTITY-API.md, Errors",
      "500, 502, 503, 504 | server side | retry with backoff (idempotent calls)",
      "map every 5xx to ServerErrorException(status, body)"),
  /** A connection failure is a transport error. */
  ERR_IO("ERR-IO", Scope.HTTP, "a reset connection or truncated body fails with TransportException",
      "DESIGN.md, Errors / TransportException",
      "The exchange failed below HTTP: connection refused or reset, a truncated body [...]. Retried with backoff.",
      "wrap the client's IOException in TransportException; never let it escape raw"),
  /** Revoke answers 202 and revokes only that profile. */
  REVOKE_1("REVOKE-1", Scope.BOTH, "revoke answers 202 and revokes only that profile",
      "IDENTITY-API.md, POST /v1/profiles/{profile_id}/revoke",
      "Answers `202 Accepted` with no body. Revokes the authorization to that one profile only.",
      "complete with null on 202 without reading a body; put the given profile ID, unchanged, in the path"),
  /** Revoke sends no body. */
  REVOKE_2("REVOKE-2", Scope.HTTP, "revoke is a POST to /v1/profiles/{id}/revoke with a bearer token and no body",
      "IDENTITY-API.md, POST /v1/profiles/{profile_id}/revoke",
      "Bearer access token, no body.",
      "send POST with an empty body to the profile's own revoke path"),
  /** A refresh returns a new token set. */
  REFRESH_1("REFRESH-1", Scope.BOTH, "refresh returns a new access token that works, with expiry and scope",
      "IDENTITY-API.md, POST /oauth/token",
      "Answers 200 [...] `{\"token_type\":\"bearer\",\"access_token\",\"expires_in\" (3600; 1800 for service accounts),\"refresh_token\",\"scope\"}`.",
      "decode access_token, expires_in (seconds) and scope from the answer"),
  /** A refresh returns the rotated refresh token. */
  REFRESH_2("REFRESH-2", Scope.BOTH, "refresh returns the rotated refresh token",
      "IDENTITY-API.md, POST /oauth/token",
      "The refresh token in the answer replaces the old one: store it before using the new access token.",
      "return the answer's refresh_token, not the one that was sent"),
  /** An unknown or revoked refresh token is an invalid grant. */
  REFRESH_3("REFRESH-3", Scope.BOTH, "an unknown or revoked refresh token fails with InvalidGrantException",
      "IDENTITY-API.md, POST /oauth/token",
      "An unknown or revoked refresh token answers `400 {\"error\":\"invalid_grant\"}`.",
      "map 400 with error=invalid_grant to InvalidGrantException, other 400s to InvalidRequestException"),
  /** The refresh request carries the client credentials in the body, no Authorization header. */
  REFRESH_4("REFRESH-4", Scope.HTTP, "refresh posts client_id, client_secret, grant_type and refresh_token, without Authorization",
      "IDENTITY-API.md, POST /oauth/token",
      "Body `{\"client_id\",\"client_secret\",\"grant_type\":\"refresh_token\",\"refresh_token\"}` (JSON or form).",
      "POST the JSON (or form) body to /oauth/token on the API host; send no bearer token there"),
  /** Each data center maps to its own API host. */
  DC_1("DC-1", Scope.HTTP, "each data center maps to its own API host",
      "IDENTITY-API.md, Data centers",
      "Six fully separate instances. [...] `us` means the unsuffixed host.",
      "use DataCenter.apiBaseUri(); do not build hosts by hand"),
  /** Redirects are never followed. */
  REDIRECT_1("REDIRECT-1", Scope.HTTP, "redirects are never followed",
      "DESIGN.md, adapter-vertx",
      "data center -> host; bearer auth; status -> typed error; timeouts; pool; no redirects",
      "disable redirect following (HttpClient.Redirect.NEVER, setFollowRedirects(false)); map 3xx to UnexpectedStatusException"),
  /** Secrets never leak. */
  SECRET_1("SECRET-1", Scope.BOTH, "tokens and client secrets never appear in messages or toString()",
      "IdentityApi / DESIGN.md, Credentials",
      "no exception message, log line or `toString()` ever contains a token or client secret.",
      "never concatenate token values into messages; use the credential types' redacted toString()");

  /** Where a rule can be checked. */
  public enum Scope {
    /** Checked by both kits. */
    BOTH,
    /** Checked by the HTTP kit only: it needs the wire. */
    HTTP
  }

  private final String id;
  private final Scope scope;
  private final String title;
  private final String source;
  private final String quote;
  private final String ifThisFails;

  ContractRule(String id, Scope scope, String title, String source, String quote, String ifThisFails) {
    this.id = id;
    this.scope = scope;
    this.title = title;
    this.source = source;
    this.quote = quote;
    this.ifThisFails = ifThisFails;
  }

  /** The stable ID, such as {@code PROF-1}. */
  public String id() {
    return id;
  }

  /** Which kits check the rule. */
  public Scope scope() {
    return scope;
  }

  /** A short statement of the rule. */
  public String title() {
    return title;
  }

  /** The document and section the rule comes from. */
  public String source() {
    return source;
  }

  /** The sentence of the source the rule comes from. */
  public String quote() {
    return quote;
  }

  /** What to check in an adapter when the rule fails. */
  public String ifThisFails() {
    return ifThisFails;
  }

  /** {@code [ID] title}, the prefix of every failure message. */
  public String describe() {
    return "[" + id + "] " + title;
  }

  /** Parses an ID such as {@code PROF-1}. */
  public static ContractRule ofId(String id) {
    Objects.requireNonNull(id, "id == null");
    for (ContractRule rule : values()) {
      if (rule.id.equals(id)) {
        return rule;
      }
    }
    throw new IllegalArgumentException("no contract rule with id " + id);
  }

  /** Fails unless {@code actual} equals {@code expected}; the message cites the rule and both values. */
  public void check(Object expected, Object actual) {
    check("", expected, actual);
  }

  /** Like {@link #check(Object, Object)}, naming {@code what} was compared. */
  public void check(String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionFailedError(
          describe() + (what.isEmpty() ? "" : " (" + what + ")") + ": expected <" + expected + "> but was <"
              + actual + "> -- if this fails: " + ifThisFails,
          expected, actual);
    }
  }

  /** Fails unless {@code condition} holds; {@code detail} says what was expected and what was seen. */
  public void require(boolean condition, String detail) {
    if (!condition) {
      throw fail(detail);
    }
  }

  /** An assertion error citing the rule, with {@code detail} (expected and actual) and the hint. */
  public AssertionFailedError fail(String detail) {
    return new AssertionFailedError(describe() + ": " + detail + " -- if this fails: " + ifThisFails);
  }

  /** Like {@link #fail(String)}, keeping {@code cause}. */
  public AssertionFailedError fail(String detail, Throwable cause) {
    return new AssertionFailedError(describe() + ": " + detail + " -- if this fails: " + ifThisFails, cause);
  }

  @Override
  public String toString() {
    return id;
  }
}
