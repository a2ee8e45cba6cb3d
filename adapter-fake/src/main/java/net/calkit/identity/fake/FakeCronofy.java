package net.calkit.identity.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.SubjectId;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory fake Cronofy: one data center's accounts, profiles, tokens and scripted faults, on an
 * injected clock and a seeded random source. Thread-safe: state changes take a short lock and publish
 * immutable snapshots; {@link #handle} reads them without locking.
 *
 * <p>{@link #handle} is the seam: it answers a parsed {@link FakeRequest} with a transport-neutral
 * {@link FakeResponse}, as the real API would. {@link FakeIdentityApi} uses it in-process; the testkit's
 * HTTP stub server uses it over the real wire format. The rules it follows, in order:
 * <ol>
 *   <li>a scripted {@link Fault} for the endpoint fires first (status and transport faults replace the
 *       answer and change nothing; a delay postpones the answer decided now);
 *   <li>{@code /v1} calls: an unknown, revoked or expired access token answers 401; a locked account 423;
 *       a scope-restricted account 403 on account, profiles and revoke (userinfo still answers and shows
 *       the narrowed scope); revoking a profile the account does not have (or no longer has) 404; revoke
 *       answers 202;
 *   <li>{@code /oauth/token}: when clients are registered, an unknown client or wrong secret answers 400
 *       {@code invalid_client}; an unknown or already used refresh token 400 {@code invalid_grant};
 *       otherwise the tokens rotate: a new access and refresh token (3600 s, 1800 s for service accounts),
 *       the old refresh token becomes invalid, and so does the old access token unless
 *       {@link Builder#revokeReplacedAccessTokens(boolean)} says otherwise. Locks and scope restrictions
 *       do not stop a refresh.
 * </ol>
 */
public final class FakeCronofy {
  /** The seed of the default random source, so that two default worlds issue the same IDs and tokens. */
  public static final long DEFAULT_SEED = 0x5EED_C0FFEEL;
  /** Lifetime of access tokens of accounts and application calendars = 3600 s. */
  public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(3600);
  /** Lifetime of access tokens of service accounts = 1800 s. */
  public static final Duration SERVICE_ACCOUNT_TOKEN_LIFETIME = Duration.ofSeconds(1800);
  /** The scope seeded accounts get unless told otherwise = {@code read_write}. */
  public static final Scope DEFAULT_SCOPE = Scope.of("read_write");

  private static final String SCRIPTED = "scripted fault";

  private final DataCenter dataCenter;
  private final Clock clock;
  private final List<ClientCredentials> clients;
  private final boolean revokeReplacedAccessTokens;
  private final RelinkUrls relinkUrls;
  private final FaultScript faults = new FaultScript();

  private final Object lock = new Object();
  private final Ids ids; // guarded by lock
  private final Map<SubjectId, AccountState> accounts = new ConcurrentHashMap<>();
  private final Map<ProfileId, SubjectId> profileOwners = new ConcurrentHashMap<>();
  private final Map<AccessToken, AccessGrant> accessGrants = new ConcurrentHashMap<>();
  private final Map<RefreshToken, RefreshGrant> refreshGrants = new ConcurrentHashMap<>();
  private volatile List<SubjectId> order = List.of();

  private record AccessGrant(SubjectId sub, Instant expiresAt) {}

  private record RefreshGrant(SubjectId sub, AccessToken accessToken) {}

  private FakeCronofy(Builder builder) {
    this.dataCenter = builder.dataCenter;
    this.clock = builder.clock;
    this.clients = List.copyOf(builder.clients);
    this.revokeReplacedAccessTokens = builder.revokeReplacedAccessTokens;
    this.ids = new Ids(builder.random);
    this.relinkUrls = new RelinkUrls(dataCenter);
  }

  /** Starts building a world; every setting has a documented default. */
  public static Builder builder() {
    return new Builder();
  }

  /** An empty world with every default: data center US, the UTC system clock, seed {@link #DEFAULT_SEED}. */
  public static FakeCronofy create() {
    return builder().build();
  }

  /** The data center this world stands for; relink URLs point to its app host. */
  public DataCenter dataCenter() {
    return dataCenter;
  }

  /** The clock that decides token expiry. */
  public Clock clock() {
    return clock;
  }

  // ---------------------------------------------------------------- seeding

  /** Adds an account ({@code cronofy.type = account}); throws {@link IllegalArgumentException} for a duplicate ID. */
  public FakeAccount addAccount(Consumer<AccountSpec> account) {
    AccountSpec spec = new AccountSpec();
    Objects.requireNonNull(account, "account == null").accept(spec);
    synchronized (lock) {
      return insert(spec.toDraft(ids, relinkUrls));
    }
  }

  /** Adds a service account ({@code cronofy.type = service_account}). */
  public FakeAccount addServiceAccount(Consumer<ServiceAccountSpec> serviceAccount) {
    ServiceAccountSpec spec = new ServiceAccountSpec();
    Objects.requireNonNull(serviceAccount, "serviceAccount == null").accept(spec);
    synchronized (lock) {
      return insert(spec.toDraft(ids));
    }
  }

  /** Adds an application calendar ({@code cronofy.type = application_calendar}) with its one {@code cronofy} profile. */
  public FakeAccount addApplicationCalendar(Consumer<ApplicationCalendarSpec> applicationCalendar) {
    ApplicationCalendarSpec spec = new ApplicationCalendarSpec();
    Objects.requireNonNull(applicationCalendar, "applicationCalendar == null").accept(spec);
    synchronized (lock) {
      return insert(spec.toDraft(ids, relinkUrls));
    }
  }

  private FakeAccount insert(AccountState.Draft draft) {
    if (accounts.containsKey(draft.sub)) {
      throw new IllegalArgumentException("duplicate account id " + draft.sub);
    }
    List<ProfileId> newProfiles = new ArrayList<>();
    for (CalendarProfile profile : draft.calendarProfiles) {
      newProfiles.add(profile.id());
    }
    for (ConferencingProfile profile : draft.conferencingProfiles) {
      newProfiles.add(profile.id());
    }
    checkNewProfileIds(newProfiles);
    AccountState state = draft.build();
    for (ProfileId id : newProfiles) {
      profileOwners.put(id, state.sub);
    }
    accounts.put(state.sub, state);
    List<SubjectId> newOrder = new ArrayList<>(order);
    newOrder.add(state.sub);
    order = List.copyOf(newOrder);
    return new FakeAccount(this, state.sub);
  }

  private void checkNewProfileIds(List<ProfileId> newProfiles) {
    for (int i = 0; i < newProfiles.size(); i++) {
      ProfileId id = newProfiles.get(i);
      if (profileOwners.containsKey(id) || newProfiles.subList(0, i).contains(id)) {
        throw new IllegalArgumentException("duplicate profile id " + id);
      }
    }
  }

  /** The account with {@code id}; throws {@link IllegalArgumentException} when there is none. */
  public FakeAccount account(String id) {
    SubjectId sub = SubjectId.of(id);
    if (!accounts.containsKey(sub)) {
      throw new IllegalArgumentException("no account " + sub);
    }
    return new FakeAccount(this, sub);
  }

  /** Every account, in the order added. */
  public List<FakeAccount> accounts() {
    List<FakeAccount> out = new ArrayList<>();
    for (SubjectId sub : order) {
      out.add(new FakeAccount(this, sub));
    }
    return List.copyOf(out);
  }

  /** The calendar or conferencing profile with {@code id}, of any account; throws {@link IllegalArgumentException} when there is none. */
  public FakeProfile profile(String id) {
    ProfileId profileId = ProfileId.of(id);
    SubjectId owner = profileOwners.get(profileId);
    if (owner == null) {
      throw new IllegalArgumentException("no profile " + profileId);
    }
    return new FakeProfile(new FakeAccount(this, owner), profileId);
  }

  // ---------------------------------------------------------------- tokens

  /** Whether {@code token} would be accepted now: issued, not revoked, not replaced, not expired. */
  public boolean isActive(AccessToken token) {
    AccessGrant grant = accessGrants.get(Objects.requireNonNull(token, "token == null"));
    return grant != null && clock.instant().isBefore(grant.expiresAt);
  }

  /** Whether {@code token} would be accepted by a refresh now: issued, not used, not revoked. */
  public boolean isActive(RefreshToken token) {
    return refreshGrants.containsKey(Objects.requireNonNull(token, "token == null"));
  }

  /** Makes {@code token} expired from now on, whatever its expiry said (calls answer 401); no-op for an unknown token. */
  public void expire(AccessToken token) {
    Objects.requireNonNull(token, "token == null");
    accessGrants.computeIfPresent(token, (t, grant) -> new AccessGrant(grant.sub, Instant.MIN));
  }

  /** Revokes an access token (calls answer 401); no-op for an unknown token. */
  public void revoke(AccessToken token) {
    accessGrants.remove(Objects.requireNonNull(token, "token == null"));
  }

  /** Revokes a refresh token (a refresh answers 400 {@code invalid_grant}); no-op for an unknown token. */
  public void revoke(RefreshToken token) {
    refreshGrants.remove(Objects.requireNonNull(token, "token == null"));
  }

  TokenSet issueTokens(SubjectId sub, Optional<Duration> lifetime) {
    synchronized (lock) {
      AccountState state = state(sub);
      Duration life = lifetime.orElse(state.tokenLifetime);
      AccessToken access = ids.accessToken();
      RefreshToken refresh = ids.refreshToken();
      Instant expiresAt = clock.instant().plus(life);
      accessGrants.put(access, new AccessGrant(sub, expiresAt));
      refreshGrants.put(refresh, new RefreshGrant(sub, access));
      return new TokenSet(access, Optional.of(refresh), Optional.of(expiresAt), Optional.of(state.scope));
    }
  }

  void revokeAllTokens(SubjectId sub) {
    synchronized (lock) {
      accessGrants.values().removeIf(grant -> grant.sub.equals(sub));
      refreshGrants.values().removeIf(grant -> grant.sub.equals(sub));
    }
  }

  // ---------------------------------------------------------------- faults

  /**
   * Scripts {@code fault} for the next {@code times} calls to {@code endpoint}, after any faults already
   * scripted for it; {@link Integer#MAX_VALUE} means every call until {@link #clearFaults()}.
   */
  public void injectFault(FakeEndpoint endpoint, int times, Fault fault) {
    Objects.requireNonNull(endpoint, "endpoint == null");
    Objects.requireNonNull(fault, "fault == null");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    faults.add(endpoint, times, fault);
  }

  /** How many calls to {@code endpoint} scripted faults still await ({@link Integer#MAX_VALUE} for "every call"). */
  public int pendingFaults(FakeEndpoint endpoint) {
    return faults.pending(Objects.requireNonNull(endpoint, "endpoint == null"));
  }

  /** Removes every scripted fault. */
  public void clearFaults() {
    faults.clear();
  }

  // ---------------------------------------------------------------- the seam

  /**
   * Answers one request as the real API would; see the class comment for the rules. Never throws for a
   * well-formed request; thread-safe and cheap (no lock on the read path when no fault is scripted).
   */
  public <T> FakeResponse<T> handle(FakeRequest<T> request) {
    Objects.requireNonNull(request, "request == null");
    Fault fault = faults.next(request.endpoint());
    if (fault == null) {
      return answer(request);
    }
    if (fault instanceof Fault.Delay) {
      return new FakeResponse.Delayed<>(((Fault.Delay) fault).delay(), answer(request));
    }
    if (fault instanceof Fault.Transport) {
      return new FakeResponse.TransportFailure<>(((Fault.Transport) fault).detail());
    }
    Fault.Status status = (Fault.Status) fault;
    ErrorBody body = status.body().orElseGet(() -> defaultBody(request.endpoint(), status.status()));
    return new FakeResponse.Failure<>(status.status(), body, status.retryAfter(), SCRIPTED);
  }

  private static ErrorBody defaultBody(FakeEndpoint endpoint, int status) {
    if (status == 400) {
      return ErrorBody.oauth(endpoint == FakeEndpoint.TOKEN ? "invalid_grant" : "invalid_request");
    }
    if (status == 422) {
      return ErrorBody.fieldErrors(List.of(new FieldError(endpoint == FakeEndpoint.REVOKE ? "profile_id" : "request",
          Optional.of("errors.invalid"), Optional.of("is invalid"))));
    }
    return ErrorBody.EMPTY;
  }

  @SuppressWarnings("unchecked")
  private <T> FakeResponse<T> answer(FakeRequest<T> request) {
    FakeEndpoint endpoint = request.endpoint();
    if (endpoint == FakeEndpoint.TOKEN) {
      return (FakeResponse<T>) refresh(request.client().orElseThrow(), request.refreshToken().orElseThrow());
    }
    AccessToken token = Objects.requireNonNull(request.accessTokenOrNull());
    AccessGrant grant = accessGrants.get(token);
    if (grant == null) {
      return failure(401, "access token not recognized");
    }
    if (!clock.instant().isBefore(grant.expiresAt)) {
      return failure(401, "access token expired");
    }
    AccountState state = accounts.get(grant.sub);
    if (state == null) {
      return failure(401, "access token not recognized");
    }
    if (state.locked) {
      return failure(423, "account locked");
    }
    if (state.scopeRestricted && endpoint != FakeEndpoint.USERINFO) {
      return failure(403, "scope restricted");
    }
    switch (endpoint) {
      case USERINFO:
        return (FakeResponse<T>) state.userInfoAnswer;
      case ACCOUNT:
        return (FakeResponse<T>) state.accountAnswer;
      case PROFILES:
        return (FakeResponse<T>) state.profilesAnswer;
      default:
        return (FakeResponse<T>) revokeByApi(grant.sub, Objects.requireNonNull(request.profileIdOrNull()));
    }
  }

  private static <T> FakeResponse<T> failure(int status, String reason) {
    return new FakeResponse.Failure<>(status, ErrorBody.EMPTY, Optional.empty(), reason);
  }

  private FakeResponse<ProfileId> revokeByApi(SubjectId sub, ProfileId profileId) {
    synchronized (lock) {
      AccountState state = state(sub);
      if (!state.owns(profileId) || state.revoked.contains(profileId)) {
        return failure(404, "no such profile");
      }
      AccountState.Draft draft = state.edit();
      draft.revoked.add(profileId);
      accounts.put(sub, draft.build());
    }
    return new FakeResponse.Ok<>(202, profileId);
  }

  private FakeResponse<TokenResponse> refresh(ClientCredentials client, RefreshToken refreshToken) {
    if (!clients.isEmpty() && !clients.contains(client)) {
      return new FakeResponse.Failure<>(400, ErrorBody.oauth("invalid_client"), Optional.empty(),
          "client not recognized");
    }
    synchronized (lock) {
      RefreshGrant grant = refreshGrants.remove(refreshToken);
      AccountState state = grant == null ? null : accounts.get(grant.sub);
      if (grant == null || state == null) {
        return new FakeResponse.Failure<>(400, ErrorBody.oauth("invalid_grant"), Optional.empty(),
            "refresh token not recognized");
      }
      if (revokeReplacedAccessTokens) {
        accessGrants.remove(grant.accessToken);
      }
      TokenSet tokens = issueTokens(grant.sub, Optional.empty());
      return new FakeResponse.Ok<>(200, new TokenResponse("bearer", tokens.accessToken(), tokens.refreshToken(),
          Optional.of(state.tokenLifetime), Optional.of(state.scope)));
    }
  }

  // ---------------------------------------------------------------- state access for handles

  AccountState state(SubjectId sub) {
    AccountState state = accounts.get(sub);
    if (state == null) {
      throw new IllegalStateException("no account " + sub);
    }
    return state;
  }

  /** Applies {@code change} to a copy of the account's state and publishes the result. */
  void update(SubjectId sub, Consumer<AccountState.Draft> change) {
    synchronized (lock) {
      AccountState.Draft draft = state(sub).edit();
      change.accept(draft);
      accounts.put(sub, draft.build());
    }
  }

  /** Adds profiles to an existing account under the lock, with fresh IDs from the seeded source. */
  @Nullable ProfileId addProfile(SubjectId sub, @Nullable CalendarProfileSpec calendar,
      @Nullable ConferencingProfileSpec conferencing) {
    synchronized (lock) {
      AccountState.Draft draft = state(sub).edit();
      ProfileId id;
      if (calendar != null) {
        CalendarProfile profile = calendar.build(ids, relinkUrls);
        id = profile.id();
        checkNewProfileIds(List.of(id));
        draft.calendarProfiles.add(profile);
      } else {
        ConferencingProfile profile = Objects.requireNonNull(conferencing).build(ids, relinkUrls);
        id = profile.id();
        checkNewProfileIds(List.of(id));
        draft.conferencingProfiles.add(profile);
        draft.conferencingAuthorized = true;
      }
      profileOwners.put(id, sub);
      accounts.put(sub, draft.build());
      return id;
    }
  }

  RelinkUrls relinkUrls() {
    return relinkUrls;
  }

  @Override
  public String toString() {
    return "FakeCronofy[dataCenter=" + dataCenter + ", accounts=" + accounts.size() + "]";
  }

  /** Builds a {@link FakeCronofy}; every setting has a documented default. */
  public static final class Builder {
    private DataCenter dataCenter = DataCenter.DEFAULT;
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = new SplittableRandom(DEFAULT_SEED);
    private final List<ClientCredentials> clients = new ArrayList<>();
    private boolean revokeReplacedAccessTokens = true;

    private Builder() {}

    /** The data center the world stands for. Default: {@link DataCenter#US}. */
    public Builder dataCenter(DataCenter value) {
      this.dataCenter = Objects.requireNonNull(value, "dataCenter == null");
      return this;
    }

    /** The clock for token expiry and recorded call times. Default: the UTC system clock. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock == null");
      return this;
    }

    /** The source of generated IDs and tokens. Default: a {@link SplittableRandom} seeded with {@link #DEFAULT_SEED}. */
    public Builder random(RandomGenerator value) {
      this.random = Objects.requireNonNull(value, "random == null");
      return this;
    }

    /** Registers a client allowed to refresh tokens (repeatable). Default: none, and then any client may. */
    public Builder client(ClientCredentials value) {
      this.clients.add(Objects.requireNonNull(value, "client == null"));
      return this;
    }

    /**
     * Whether a refresh also invalidates the access token it replaces (calls with it then answer 401).
     * Default: true, which catches clients that keep using a token they replaced; Cronofy does not
     * document either behaviour.
     */
    public Builder revokeReplacedAccessTokens(boolean value) {
      this.revokeReplacedAccessTokens = value;
      return this;
    }

    /** The world. */
    public FakeCronofy build() {
      return new FakeCronofy(this);
    }
  }
}
