package net.calkit.identity.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.AuthorizationStatus;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.PermissionLevel;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.UserInfoType;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.FieldError;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InsufficientScopeException;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.InvalidRequestException;
import net.calkit.identity.domain.error.LockedException;
import net.calkit.identity.domain.error.NotFoundException;
import net.calkit.identity.domain.error.PaymentRequiredException;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.RetryAfter;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.UnauthorizedException;
import net.calkit.identity.fake.ErrorBody;
import net.calkit.identity.fake.FakeAccount;
import net.calkit.identity.fake.FakeCronofy;
import net.calkit.identity.fake.FakeEndpoint;
import net.calkit.identity.fake.Fault;
import net.calkit.identity.ports.IdentityApi;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What both contract kits check: every rule of {@link ContractRule} that does not need a wire. Extend
 * {@link InProcessIdentityApiContract} or {@link HttpIdentityApiContract}, never this class.
 *
 * <p>Each test gets a fresh {@link FakeCronofy} world on a fixed clock, seeds it, calls the adapter
 * and compares what the adapter returns with what the world says it answered. The tests are
 * package-private, so a subclass can neither override nor disable them; optional behaviour is declared
 * through the capability hooks, and a test that needs an undeclared capability is skipped with a
 * message that says which hook to override.
 */
@ExtendWith(KitLifecycle.class)
@SuppressWarnings("exports") // KitLifecycle is named in the annotation only; JUnit instantiates it reflectively
public abstract sealed class IdentityApiContract permits InProcessIdentityApiContract, HttpIdentityApiContract {
  /** The environment variable that sets the default of {@link #timeout()}, in milliseconds. */
  public static final String TIMEOUT_ENV = "CALKIT_KIT_TIMEOUT_MS";
  /** The default of {@link #timeout()} = 5 s. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  /** The instant the worlds' clocks stand still at. */
  public static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
  /** The client the worlds register; refreshes must send exactly these credentials. */
  public static final ClientCredentials CLIENT = ClientCredentials.of("kit_client_id", "kit_client_secret_s3cr3t");

  static final String JANE = "acc_5700a00eb0ccd07000000000";

  private @Nullable FakeCronofy world;
  private @Nullable IdentityApi api;
  private final List<AtomicInteger> completions = new ArrayList<>();
  private final java.util.Map<String, String> secrets = new java.util.LinkedHashMap<>();
  private Duration timeout = DEFAULT_TIMEOUT;

  IdentityApiContract() {}

  /**
   * How long the kit waits for a stage; a stage that takes longer fails the rule under test. Default:
   * {@value #TIMEOUT_ENV} milliseconds when that environment variable is set, otherwise
   * {@link #DEFAULT_TIMEOUT}. Must be positive.
   */
  protected Duration timeout() {
    String fromEnv = System.getenv(TIMEOUT_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      try {
        return Duration.ofMillis(Long.parseLong(fromEnv.strip()));
      } catch (NumberFormatException malformed) {
        throw ContractRule.KIT_1.fail(TIMEOUT_ENV + " must be a number of milliseconds, but was \"" + fromEnv + "\"");
      }
    }
    return DEFAULT_TIMEOUT;
  }

  /**
   * Whether the adapter implements {@link IdentityApi#refresh}. Default: true. An adapter for
   * pre-issued tokens only may return false; the REFRESH rules are then skipped, with a message.
   */
  protected boolean supportsRefresh() {
    return true;
  }

  /**
   * Releases an adapter after each test. Default: calls {@link AutoCloseable#close()} when the adapter is
   * one, otherwise its public no-argument {@code close()} if it has one (found reflectively, such as
   * {@code VertxIdentityApi.close()}); when that returns a {@link CompletionStage}, a Vert.x
   * {@link io.vertx.core.Future} or a {@link java.util.concurrent.Future}, waits for it for at most
   * {@link #timeout()}. A close that fails, or does not complete in time, fails the test (KIT-1).
   */
  protected void closeApi(IdentityApi api) throws Exception {
    if (api instanceof AutoCloseable) {
      ((AutoCloseable) api).close();
      return;
    }
    java.lang.reflect.Method close;
    try {
      close = api.getClass().getMethod("close");
    } catch (NoSuchMethodException nothingToClose) {
      return;
    }
    if (!close.canAccess(api) && !close.trySetAccessible()) {
      throw ContractRule.KIT_1.fail("closeApi: " + api.getClass().getName() + " has a close() the kit cannot"
          + " call (its class is not public, or its package is not open to the kit); override closeApi(IdentityApi)");
    }
    Object closing;
    try {
      closing = close.invoke(api);
    } catch (java.lang.reflect.InvocationTargetException failed) {
      throw failed.getCause() instanceof Exception ? (Exception) failed.getCause() : failed;
    }
    awaitClosed(closing, api);
  }

  /** Waits, up to {@link #timeout()}, for what an adapter's {@code close()} returned when it is a future. */
  private void awaitClosed(@Nullable Object closing, IdentityApi api) throws Exception {
    java.util.concurrent.Future<?> done;
    if (closing instanceof CompletionStage) {
      done = ((CompletionStage<?>) closing).toCompletableFuture();
    } else if (closing instanceof io.vertx.core.Future) {
      done = ((io.vertx.core.Future<?>) closing).toCompletionStage().toCompletableFuture();
    } else if (closing instanceof java.util.concurrent.Future) {
      done = (java.util.concurrent.Future<?>) closing;
    } else {
      return;
    }
    Duration limit = timeout();
    try {
      done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException timedOut) {
      throw ContractRule.KIT_1.fail("closeApi: " + api.getClass().getName() + ".close() did not complete within "
          + limit.toMillis() + " ms");
    } catch (ExecutionException failed) {
      throw ContractRule.KIT_1.fail("closeApi: " + api.getClass().getName() + ".close() failed: "
          + failed.getCause().getClass().getName(), failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw ContractRule.KIT_1.fail("closeApi: interrupted while waiting for " + api.getClass().getName()
          + ".close()");
    }
  }

  // ------------------------------------------------------------------ lifecycle (driven by KitLifecycle)

  /** Prepares serving a fresh world (the HTTP kit starts its stub server here). */
  abstract void prepare(FakeCronofy world, ExtensionContext context);

  /** Calls the subclass's factory hook for the prepared world. */
  abstract IdentityApi open(FakeCronofy world);

  /** Stops what {@link #open} started. */
  abstract void shutDown();

  final void beforeEachTest(ExtensionContext context) {
    timeout = timeout();
    if (timeout == null || timeout.isZero() || timeout.isNegative()) {
      throw ContractRule.KIT_1.fail("timeout() must be positive, but was <" + timeout + ">");
    }
    completions.clear();
    secrets.clear();
    secrets.put(CLIENT.clientSecret().value(), "client secret");
    world = FakeCronofy.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).client(CLIENT).build();
    prepare(world, context);
  }

  final void afterEachTest() throws Exception {
    try {
      for (AtomicInteger count : completions) {
        ContractRule.STAGE_1.require(count.get() <= 1,
            "a stage completed its callbacks " + count.get() + " times: expected <1> but was <" + count.get() + ">");
      }
    } finally {
      IdentityApi opened = api;
      api = null;
      world = null;
      try {
        if (opened != null) {
          closeApi(opened);
        }
      } finally {
        shutDown();
      }
    }
  }

  static IdentityApi validated(@Nullable IdentityApi created, String hook) {
    if (created == null) {
      throw ContractRule.KIT_1.fail(hook + " returned <null>: expected a new adapter instance");
    }
    return created;
  }

  // ------------------------------------------------------------------ helpers for the tests

  final FakeCronofy world() {
    return Objects.requireNonNull(world, "the kit's world is only available during a test");
  }

  /** The adapter under test, created on first use so that the subclass's own set-up has run. */
  final IdentityApi api() {
    if (api == null) {
      api = open(world());
    }
    return api;
  }

  final Duration kitTimeout() {
    return timeout;
  }

  /** Issues tokens for the account and remembers them as secrets that must never leak. */
  final TokenSet tokensOf(FakeAccount account) {
    return remember(account.issueTokens());
  }

  final TokenSet remember(TokenSet tokens) {
    secrets.put(tokens.accessToken().value(), "access token");
    tokens.refreshToken().ifPresent(refresh -> secrets.put(refresh.value(), "refresh token"));
    return tokens;
  }

  final AccessToken rememberAccess(AccessToken token) {
    secrets.put(token.value(), "access token");
    return token;
  }

  final RefreshToken rememberRefresh(RefreshToken token) {
    secrets.put(token.value(), "refresh token");
    return token;
  }

  /** The kind of the first known secret that {@code text} contains ("access token" ...), if any. */
  final Optional<String> leakIn(String text) {
    for (java.util.Map.Entry<String, String> secret : secrets.entrySet()) {
      if (text.contains(secret.getKey())) {
        return Optional.of(secret.getValue());
      }
    }
    return Optional.empty();
  }

  /** {@code text} with every known secret replaced by {@code <redacted>}. */
  final String redact(String text) {
    String out = text;
    for (String secret : secrets.keySet()) {
      out = out.replace(secret, "<redacted " + secrets.get(secret) + ">");
    }
    return out;
  }

  /** The seeded account that mirrors the documented examples: two calendar and two conferencing profiles. */
  final FakeAccount seedJane() {
    return world().addAccount(a -> a.id(JANE).email("janed@company.com").name("Jane Doe").timeZone("Europe/London")
        .scope("read_write").authorizationStatus(AuthorizationStatus.ACTIVE)
        .calendarProfile(p -> p.id("pro_n23kjnwrw2").provider(CalendarProvider.GOOGLE, ProviderService.GSUITE)
            .name("example1@cronofy.com").connected(true).initialSyncRequired(true)
            .calendar(c -> c.id("cal_n23kjnwrw2_jsdfjksn234").name("Home").readOnly(false).deleted(false)
                .primary(true).integratedConferencingAvailable(true).attachmentsAvailable(false)
                .permissionLevel(PermissionLevel.SANDBOX))
            .calendar(c -> c.id("cal_n23kjnwrw2_n1k323nkj23").name("Work").readOnly(true).deleted(true)
                .primary(false).permissionLevel(PermissionLevel.UNRESTRICTED)))
        .calendarProfile(p -> p.id("pro_fe145c37de").provider(CalendarProvider.APPLE, ProviderService.ICLOUD)
            .name("example2@cronofy.com").connected(false).initialSyncRequired(false))
        .conferencingProfile(c -> c.id("pro_jknsdfk234").provider(ConferencingProvider.ZOOM)
            .name("example@cronofy.com").connected(true))
        .conferencingProfile(c -> c.id("pro_gfmdsg51qa").provider(ConferencingProvider.GO_TO)
            .name("example@cronofy.com").connected(false)));
  }

  /** Runs one call and waits for its stage; checks STAGE-1 on the way (no synchronous throw, no null). */
  final <T> Outcome<T> call(ContractRule rule, String what,
      Supplier<? extends CompletionStage<? extends T>> action) {
    api(); // create (and validate) the adapter outside the adapter's own call
    CompletionStage<? extends T> stage;
    try {
      stage = action.get();
    } catch (org.opentest4j.AssertionFailedError kitFailure) {
      throw kitFailure;
    } catch (RuntimeException | Error thrown) {
      throw ContractRule.STAGE_1.fail(what + " threw <" + thrown.getClass().getName()
          + "> synchronously: expected <a stage> but was <a thrown exception>", safeCause(thrown));
    }
    if (stage == null) {
      throw ContractRule.STAGE_1.fail(what + " returned <null>: expected <a stage>");
    }
    CompletableFuture<T> done = new CompletableFuture<>();
    AtomicInteger count = new AtomicInteger();
    completions.add(count);
    stage.whenComplete((value, error) -> {
      count.incrementAndGet();
      if (error != null) {
        done.completeExceptionally(error);
      } else {
        done.complete(value);
      }
    });
    try {
      return Outcome.success(done.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException timedOut) {
      throw rule.fail(what + ": expected the stage to complete within " + timeout.toMillis()
          + " ms but it did not (slow machine? set " + TIMEOUT_ENV + " or override timeout())");
    } catch (ExecutionException failed) {
      return Outcome.failure(unwrap(failed.getCause()));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw rule.fail(what + ": interrupted while waiting for the stage");
    }
  }

  static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The cause to attach to a kit failure, unless its messages carry a secret (then none). */
  final @Nullable Throwable safeCause(Throwable error) {
    return leakIn(everythingPrinted(error)).isPresent() ? null : error;
  }

  /** Messages, {@code toString()}s and causes, suppressed included: everything a log would print. */
  static String everythingPrinted(Throwable error) {
    StringBuilder out = new StringBuilder();
    List<Throwable> seen = new ArrayList<>();
    collect(error, out, seen);
    return out.toString();
  }

  private static void collect(@Nullable Throwable error, StringBuilder out, List<Throwable> seen) {
    if (error == null || seen.stream().anyMatch(t -> t == error) || seen.size() > 20) {
      return;
    }
    seen.add(error);
    out.append(error).append('\n').append(error.getMessage()).append('\n').append(error.getLocalizedMessage())
        .append('\n');
    collect(error.getCause(), out, seen);
    for (Throwable suppressed : error.getSuppressed()) {
      collect(suppressed, out, seen);
    }
  }

  final String describe(Throwable error) {
    return redact(error.getClass().getSimpleName() + ": " + error.getMessage());
  }

  /** The value of a successful outcome; fails {@code rule} when the call failed. */
  final <T> T expectSuccess(ContractRule rule, String what, Outcome<T> outcome) {
    if (outcome.failed()) {
      Throwable error = outcome.error();
      throw rule.fail(what + ": expected <success> but was <" + describe(error) + ">", safeCause(error));
    }
    return outcome.value();
  }

  /** Calls and expects success. */
  final <T> T succeed(ContractRule rule, String what, Supplier<? extends CompletionStage<? extends T>> action) {
    return expectSuccess(rule, what, this.<T>call(rule, what, action));
  }

  /** Calls and expects a failure of {@code type}; returns it. */
  final <E extends IdentityException> E failWith(ContractRule rule, String what, Class<E> type,
      Supplier<? extends CompletionStage<?>> action) {
    return expectFailure(rule, what, type, call(rule, what, action));
  }

  final <E extends IdentityException> E expectFailure(ContractRule rule, String what, Class<E> type,
      Outcome<?> outcome) {
    if (!outcome.failed()) {
      throw rule.fail(what + ": expected <" + type.getSimpleName() + "> but was <success: "
          + redact(String.valueOf(outcome.value())) + ">");
    }
    Throwable error = outcome.error();
    if (!type.isInstance(error)) {
      throw rule.fail(what + ": expected <" + type.getSimpleName() + "> but was <" + describe(error) + ">",
          safeCause(error));
    }
    return type.cast(error);
  }

  /** The four {@code /v1} calls with {@code token}, by name, for tests that cover every endpoint. */
  final List<NamedCall> v1Calls(AccessToken token, ProfileId revokable) {
    return List.of(
        new NamedCall("userInfo", FakeEndpoint.USERINFO, () -> api().userInfo(token)),
        new NamedCall("account", FakeEndpoint.ACCOUNT, () -> api().account(token)),
        new NamedCall("profiles", FakeEndpoint.PROFILES, () -> api().profiles(token)),
        new NamedCall("revokeProfile(" + revokable + ")", FakeEndpoint.REVOKE,
            () -> api().revokeProfile(token, revokable)));
  }

  /** One named call to one endpoint. */
  static final class NamedCall {
    final String name;
    final FakeEndpoint endpoint;
    final Supplier<? extends CompletionStage<?>> action;

    NamedCall(String name, FakeEndpoint endpoint, Supplier<? extends CompletionStage<?>> action) {
      this.name = name;
      this.endpoint = endpoint;
      this.action = action;
    }
  }

  /** The result of a call: a value or a failure. */
  static final class Outcome<T> {
    private final @Nullable T value;
    private final @Nullable Throwable error;

    private Outcome(@Nullable T value, @Nullable Throwable error) {
      this.value = value;
      this.error = error;
    }

    static <T> Outcome<T> success(@Nullable T value) {
      return new Outcome<>(value, null);
    }

    static <T> Outcome<T> failure(Throwable error) {
      return new Outcome<>(null, error);
    }

    boolean failed() {
      return error != null;
    }

    @Nullable T value() {
      return value;
    }

    Throwable error() {
      return Objects.requireNonNull(error);
    }
  }

  // ================================================================== the rules

  @Nested
  @DisplayName("hooks")
  class HookRules {
    @Test
    @DisplayName("KIT-1 the kit's hooks return usable values")
    void hooksAreUsable() {
      IdentityApi first = api();
      ContractRule.KIT_1.require(first != null, "createApi: expected <an adapter> but was <null>");
      ContractRule.KIT_1.require(kitTimeout().toMillis() > 0,
          "timeout(): expected <at least 1 ms> but was <" + kitTimeout() + ">");
    }
  }

  @Nested
  @DisplayName("GET /v1/userinfo")
  class UserInfoRules {
    @Test
    @DisplayName("USER-1 userinfo of an account carries sub, email, name, zoneinfo, type and data")
    void accountVariant() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      UserInfo actual = succeed(ContractRule.USER_1, "userInfo", () -> api().userInfo(tokens.accessToken()));
      UserInfo expected = jane.userInfo();
      ContractRule.USER_1.check("sub", expected.sub(), actual.sub());
      ContractRule.USER_1.check("cronofy.type", Optional.of(UserInfoType.ACCOUNT), actual.type());
      ContractRule.USER_1.check("email", expected.email(), actual.email());
      ContractRule.USER_1.check("name", expected.name(), actual.name());
      ContractRule.USER_1.check("zoneinfo", expected.zoneInfo(), actual.zoneInfo());
      ContractRule.USER_1.check("authorization", expected.authorization(), actual.authorization());
      ContractRule.USER_1.check("userinfo", expected, actual);
    }

    @Test
    @DisplayName("USER-2 userinfo of a service account carries service_account and delegated_scope")
    void serviceAccountVariant() {
      FakeAccount service = world().addServiceAccount(s -> s.id("ser_5700a00eb0ccd07000000000")
          .email("admin@example.com").provider(CalendarProvider.GOOGLE).domain("example.com")
          .scope("service_account/accounts/manage").delegatedScope("read_write"));
      TokenSet tokens = tokensOf(service);
      UserInfo actual = succeed(ContractRule.USER_2, "userInfo", () -> api().userInfo(tokens.accessToken()));
      UserInfo expected = service.userInfo();
      ContractRule.USER_2.check("cronofy.type", Optional.of(UserInfoType.SERVICE_ACCOUNT), actual.type());
      ContractRule.USER_2.check("service_account", expected.serviceAccount(), actual.serviceAccount());
      ContractRule.USER_2.check("delegated_scope", Optional.of(Scope.parse("read_write")),
          actual.authorization().flatMap(a -> a.delegatedScope()));
      ContractRule.USER_2.check("userinfo", expected, actual);
    }

    @Test
    @DisplayName("USER-3 userinfo of an application calendar carries application_calendar_id and one cronofy profile")
    void applicationCalendarVariant() {
      FakeAccount calendar = world().addApplicationCalendar(a -> a.id("apc_64b17a9e2d30c4f1")
          .applicationCalendarId("my-app-calendar-42"));
      TokenSet tokens = tokensOf(calendar);
      UserInfo actual = succeed(ContractRule.USER_3, "userInfo", () -> api().userInfo(tokens.accessToken()));
      UserInfo expected = calendar.userInfo();
      ContractRule.USER_3.check("cronofy.type", Optional.of(UserInfoType.APPLICATION_CALENDAR), actual.type());
      ContractRule.USER_3.check("application_calendar_id", expected.applicationCalendarId(),
          actual.applicationCalendarId());
      ContractRule.USER_3.check("number of profiles", 1, actual.profiles().size());
      ContractRule.USER_3.check("profile provider", Optional.of(CalendarProvider.CRONOFY),
          actual.profiles().get(0).provider());
      ContractRule.USER_3.check("userinfo", expected, actual);
    }

    @Test
    @DisplayName("PROF-5 userinfo calendar profiles carry their calendars")
    void calendarsOfProfiles() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      UserInfo actual = succeed(ContractRule.PROF_5, "userInfo", () -> api().userInfo(tokens.accessToken()));
      List<CalendarProfile> expected = jane.userInfo().profiles();
      ContractRule.PROF_5.check("profile_calendars of " + expected.get(0).id(), expected.get(0).calendars(),
          actual.profiles().isEmpty() ? Optional.empty() : actual.profiles().get(0).calendars());
      ContractRule.PROF_5.check("profiles", expected, actual.profiles());
    }

    @Test
    @DisplayName("PROF-4 conferencing profiles surfaced, with relink URL when disconnected")
    void conferencingProfiles() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      UserInfo actual = succeed(ContractRule.PROF_4, "userInfo", () -> api().userInfo(tokens.accessToken()));
      List<ConferencingProfile> expected = jane.userInfo().conferencingProfiles();
      ConferencingProfile disconnected = expected.get(1);
      ContractRule.PROF_4.check("conferencing profile IDs", expected.stream().map(ConferencingProfile::id).toList(),
          actual.conferencingProfiles().stream().map(ConferencingProfile::id).toList());
      ContractRule.PROF_4.check("profile_relink_url of disconnected " + disconnected.id(), disconnected.relinkUrl(),
          actual.conferencingProfiles().get(1).relinkUrl());
      ContractRule.PROF_4.check("conferencing_profiles", expected, actual.conferencingProfiles());
    }

    @Test
    @DisplayName("PROF-4 conferencing not yet authorized stays distinct from authorized with none")
    void conferencingAbsentVersusEmpty() {
      FakeAccount without = world().addAccount(a -> a.id("acc_no_conferencing").email("a@example.com")
          .calendarProfile(p -> p.id("pro_only_calendar").provider(CalendarProvider.GOOGLE, ProviderService.GOOGLE)));
      FakeAccount withNone = world().addAccount(a -> a.id("acc_conferencing_none").email("b@example.com")
          .conferencingAuthorized(true));
      TokenSet first = tokensOf(without);
      TokenSet second = tokensOf(withNone);
      UserInfo notAuthorized = succeed(ContractRule.PROF_4, "userInfo (conferencing not authorized)",
          () -> api().userInfo(first.accessToken()));
      UserInfo authorizedEmpty = succeed(ContractRule.PROF_4, "userInfo (conferencing authorized, no profiles)",
          () -> api().userInfo(second.accessToken()));
      ContractRule.PROF_4.check("conferencingAuthorized() without conferencing_profiles", false,
          notAuthorized.conferencingAuthorized());
      ContractRule.PROF_4.check("conferencingAuthorized() with \"conferencing_profiles\": []", true,
          authorizedEmpty.conferencingAuthorized());
    }

    @Test
    @DisplayName("ENUM-1 unknown values of enumerated strings are kept verbatim")
    void unknownEnumValues() {
      FakeAccount account = world().addAccount(a -> a.id("acc_future").email("future@example.com")
          .authorizationStatus(AuthorizationStatus.of("suspended_future"))
          .calendarProfile(p -> p.id("pro_future").provider(CalendarProvider.of("proton_future"),
                  ProviderService.of("proton_mail_future")).name("future@example.com").connected(true)
              .calendar(c -> c.id("cal_future").name("Future").permissionLevel(PermissionLevel.of("owner_future"))))
          .conferencingProfile(c -> c.id("pro_future_meet").provider(ConferencingProvider.of("whereby_future"))
              .name("meet").connected(true)));
      TokenSet tokens = tokensOf(account);
      UserInfo actual = succeed(ContractRule.ENUM_1, "userInfo", () -> api().userInfo(tokens.accessToken()));
      CalendarProfile profile = first(ContractRule.ENUM_1, "profiles", actual.profiles());
      ContractRule.ENUM_1.check("provider_name", "proton_future", profile.provider().map(p -> p.value()).orElse(null));
      ContractRule.ENUM_1.check("provider_service", "proton_mail_future",
          profile.service().map(s -> s.value()).orElse(null));
      ContractRule.ENUM_1.check("permission_level", "owner_future",
          first(ContractRule.ENUM_1, "profile_calendars", profile.calendarList()).permissionLevel()
              .map(p -> p.value()).orElse(null));
      ContractRule.ENUM_1.check("conferencing provider_name", "whereby_future",
          first(ContractRule.ENUM_1, "conferencing_profiles", actual.conferencingProfiles()).provider()
              .map(p -> p.value()).orElse(null));
      ContractRule.ENUM_1.check("authorization.status", "suspended_future",
          actual.authorization().flatMap(a -> a.status()).map(s -> s.value()).orElse(null));
      ContractRule.ENUM_1.check("userinfo", account.userInfo(), actual);
    }

    @Test
    @DisplayName("PARSE-4 UTF-8 text and IDs of any length are kept exactly")
    void utf8AndIdLengths() {
      String name = "Zoë Ångström-日本 🗓 \"Q\" \\";
      FakeAccount account = world().addAccount(a -> a.id("acc_1").email("zoë@exämple.com").name(name)
          .timeZone("America/Argentina/Buenos_Aires")
          .calendarProfile(p -> p.id("pro_" + "x".repeat(60)).provider(CalendarProvider.GOOGLE, ProviderService.GSUITE)
              .name("Équipe calendrier").connected(true)));
      TokenSet tokens = tokensOf(account);
      UserInfo actual = succeed(ContractRule.PARSE_4, "userInfo", () -> api().userInfo(tokens.accessToken()));
      ContractRule.PARSE_4.check("name", Optional.of(name), actual.name());
      ContractRule.PARSE_4.check("sub", "acc_1", actual.sub().value());
      ContractRule.PARSE_4.check("userinfo", account.userInfo(), actual);
    }

    @Test
    @DisplayName("PARSE-2 missing optional attributes are not an error")
    void minimalAccount() {
      FakeAccount account = world().addAccount(a -> a.id("acc_minimal").noAuthorizationStatus()
          .calendarProfile(p -> p.id("pro_minimal")));
      TokenSet tokens = tokensOf(account);
      UserInfo actual = succeed(ContractRule.PARSE_2, "userInfo", () -> api().userInfo(tokens.accessToken()));
      ContractRule.PARSE_2.check("userinfo", account.userInfo(), actual);
      Account accountActual = succeed(ContractRule.PARSE_2, "account", () -> api().account(tokens.accessToken()));
      ContractRule.PARSE_2.check("account", account.account(), accountActual);
      List<CalendarProfile> profiles = succeed(ContractRule.PARSE_2, "profiles",
          () -> api().profiles(tokens.accessToken()));
      ContractRule.PARSE_2.check("profiles", account.calendarProfiles(), profiles);
    }
  }

  @Nested
  @DisplayName("GET /v1/account")
  class AccountRules {
    @Test
    @DisplayName("ACCT-1 account carries account_id, email, name, scope, default_tzid and sub")
    void accountFields() {
      FakeAccount jane = world().addAccount(a -> a.id(JANE).email("janed@company.com").name("Jane Doe")
          .timeZone("Europe/London").scope("read_events create_event delete_event"));
      TokenSet tokens = tokensOf(jane);
      Account actual = succeed(ContractRule.ACCT_1, "account", () -> api().account(tokens.accessToken()));
      Account expected = jane.account();
      ContractRule.ACCT_1.check("account_id", expected.id(), actual.id());
      ContractRule.ACCT_1.check("scope", expected.scope(), actual.scope());
      ContractRule.ACCT_1.check("default_tzid", expected.defaultTimeZone(), actual.defaultTimeZone());
      ContractRule.ACCT_1.check("account", expected, actual);
    }

    @Test
    @DisplayName("ACCT-1 a blank name is kept as blank")
    void blankName() {
      FakeAccount account = world().addAccount(a -> a.id("acc_blank_name").email("blank@example.com").name(" "));
      TokenSet tokens = tokensOf(account);
      Account actual = succeed(ContractRule.ACCT_1, "account", () -> api().account(tokens.accessToken()));
      ContractRule.ACCT_1.check("name", Optional.of(" "), actual.name());
    }
  }

  @Nested
  @DisplayName("GET /v1/profiles")
  class ProfileRules {
    @Test
    @DisplayName("PROF-1 relink URL present when disconnected")
    void relinkUrlWhenDisconnected() {
      FakeAccount jane = seedJane();
      world().profile("pro_n23kjnwrw2").disconnect();
      TokenSet tokens = tokensOf(jane);
      List<CalendarProfile> actual = succeed(ContractRule.PROF_1, "profiles",
          () -> api().profiles(tokens.accessToken()));
      List<CalendarProfile> expected = jane.calendarProfiles();
      ContractRule.PROF_1.check("number of profiles", expected.size(), actual.size());
      for (int i = 0; i < expected.size(); i++) {
        ContractRule.PROF_1.check("profile_connected of " + expected.get(i).id(), expected.get(i).connected(),
            actual.get(i).connected());
        ContractRule.PROF_1.check("profile_relink_url of " + expected.get(i).id(), expected.get(i).relinkUrl(),
            actual.get(i).relinkUrl());
      }
    }

    @Test
    @DisplayName("PROF-2 initial sync flag surfaced")
    void initialSyncFlag() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      List<CalendarProfile> before = succeed(ContractRule.PROF_2, "profiles", () -> api().profiles(tokens.accessToken()));
      ContractRule.PROF_2.check("profile_initial_sync_required of pro_n23kjnwrw2 while syncing", Optional.of(true),
          profile(ContractRule.PROF_2, before, "pro_n23kjnwrw2").initialSyncRequired());
      ContractRule.PROF_2.check("profile_initial_sync_required of pro_fe145c37de", Optional.of(false),
          profile(ContractRule.PROF_2, before, "pro_fe145c37de").initialSyncRequired());
      world().profile("pro_n23kjnwrw2").completeInitialSync();
      List<CalendarProfile> after = succeed(ContractRule.PROF_2, "profiles after the sync",
          () -> api().profiles(tokens.accessToken()));
      ContractRule.PROF_2.check("profile_initial_sync_required of pro_n23kjnwrw2 after the sync", Optional.of(false),
          profile(ContractRule.PROF_2, after, "pro_n23kjnwrw2").initialSyncRequired());
    }

    @Test
    @DisplayName("PROF-3 same-name profiles keep provider and service, in order")
    void sameNameProfiles() {
      FakeAccount account = world().addAccount(a -> a.id("acc_same_names").email("pat@example.com")
          .calendarProfile(p -> p.id("pro_work_google").provider(CalendarProvider.GOOGLE, ProviderService.GSUITE)
              .name("pat@example.com").connected(true))
          .calendarProfile(p -> p.id("pro_work_ms").provider(CalendarProvider.EXCHANGE, ProviderService.OFFICE365)
              .name("pat@example.com").connected(true))
          .calendarProfile(p -> p.id("pro_work_apple").provider(CalendarProvider.APPLE, ProviderService.ICLOUD)
              .name("pat@example.com").connected(false)));
      TokenSet tokens = tokensOf(account);
      List<CalendarProfile> actual = succeed(ContractRule.PROF_3, "profiles", () -> api().profiles(tokens.accessToken()));
      List<CalendarProfile> expected = account.calendarProfiles();
      ContractRule.PROF_3.check("profile IDs in order", expected.stream().map(CalendarProfile::id).toList(),
          actual.stream().map(CalendarProfile::id).toList());
      for (int i = 0; i < expected.size(); i++) {
        ContractRule.PROF_3.check("provider of " + expected.get(i).id(), expected.get(i).provider(),
            actual.get(i).provider());
        ContractRule.PROF_3.check("service of " + expected.get(i).id(), expected.get(i).service(),
            actual.get(i).service());
      }
      ContractRule.PROF_3.check("profiles", expected, actual);
    }

    @Test
    @DisplayName("ENUM-1 unknown provider_name and provider_service are kept verbatim")
    void unknownProviders() {
      FakeAccount account = world().addAccount(a -> a.id("acc_unknown_providers").email("u@example.com")
          .calendarProfile(p -> p.id("pro_fastmail").provider(CalendarProvider.of("fastmail"),
              ProviderService.of("fastmail_caldav")).name("u@example.com").connected(true))
          .calendarProfile(p -> p.id("pro_legacy").provider(CalendarProvider.of("zimbra_future"))
              .name("u@example.com").connected(true)));
      TokenSet tokens = tokensOf(account);
      List<CalendarProfile> actual = succeed(ContractRule.ENUM_1, "profiles", () -> api().profiles(tokens.accessToken()));
      ContractRule.ENUM_1.check("number of profiles", 2, actual.size());
      ContractRule.ENUM_1.check("provider_name", "fastmail", actual.get(0).provider().map(p -> p.value()).orElse(null));
      ContractRule.ENUM_1.check("provider_service", "fastmail_caldav",
          actual.get(0).service().map(s -> s.value()).orElse(null));
      ContractRule.ENUM_1.check("provider_name", "zimbra_future",
          actual.get(1).provider().map(p -> p.value()).orElse(null));
      ContractRule.ENUM_1.check("profiles", account.calendarProfiles(), actual);
    }
  }

  @Nested
  @DisplayName("POST /v1/profiles/{id}/revoke")
  class RevokeRules {
    @Test
    @DisplayName("REVOKE-1 revoke answers 202 and revokes only that profile")
    void revokesOnlyThatProfile() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      ProfileId target = ProfileId.of("pro_fe145c37de");
      succeed(ContractRule.REVOKE_1, "revokeProfile(" + target + ")",
          () -> api().revokeProfile(tokens.accessToken(), target));
      ContractRule.REVOKE_1.check("revoked " + target, true, world().profile(target.value()).isRevoked());
      for (String other : List.of("pro_n23kjnwrw2", "pro_jknsdfk234", "pro_gfmdsg51qa")) {
        ContractRule.REVOKE_1.check("revoked " + other, false, world().profile(other).isRevoked());
      }
      List<CalendarProfile> after = succeed(ContractRule.REVOKE_1, "profiles after the revoke",
          () -> api().profiles(tokens.accessToken()));
      ContractRule.REVOKE_1.check("profiles after the revoke", List.of(ProfileId.of("pro_n23kjnwrw2")),
          after.stream().map(CalendarProfile::id).toList());
    }

    @Test
    @DisplayName("ERR-404 revoking a profile the account does not have fails with NotFoundException")
    void unknownProfile() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      ProfileId unknown = ProfileId.of("pro_not_there");
      NotFoundException error = failWith(ContractRule.ERR_404, "revokeProfile(" + unknown + ")",
          NotFoundException.class, () -> api().revokeProfile(tokens.accessToken(), unknown));
      ContractRule.ERR_404.check("status", 404, error.status().orElse(0));
    }
  }

  @Nested
  @DisplayName("POST /oauth/token")
  class RefreshRules {
    @Test
    @DisplayName("REFRESH-1 refresh returns a new access token that works, with expiry and scope")
    void newAccessToken() {
      assumeRefresh("REFRESH-1");
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      RefreshToken refreshToken = tokens.refreshToken().orElseThrow();
      TokenResponse answer = succeed(ContractRule.REFRESH_1, "refresh", () -> api().refresh(CLIENT, refreshToken));
      rememberAccess(answer.accessToken());
      answer.refreshToken().ifPresent(IdentityApiContract.this::rememberRefresh);
      ContractRule.REFRESH_1.require(!answer.accessToken().equals(tokens.accessToken()),
          "expected <a new access token> but was <the old one>");
      ContractRule.REFRESH_1.check("the new access token is active in the world", true,
          world().isActive(answer.accessToken()));
      ContractRule.REFRESH_1.check("expires_in", Optional.of(FakeCronofy.ACCESS_TOKEN_LIFETIME), answer.expiresIn());
      ContractRule.REFRESH_1.check("scope", Optional.of(Scope.parse("read_write")), answer.scope());
      UserInfo info = succeed(ContractRule.REFRESH_1, "userInfo with the new access token",
          () -> api().userInfo(answer.accessToken()));
      ContractRule.REFRESH_1.check("sub", JANE, info.sub().value());
    }

    @Test
    @DisplayName("REFRESH-2 refresh returns the rotated refresh token")
    void rotatedRefreshToken() {
      assumeRefresh("REFRESH-2");
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      RefreshToken old = tokens.refreshToken().orElseThrow();
      TokenResponse answer = succeed(ContractRule.REFRESH_2, "refresh", () -> api().refresh(CLIENT, old));
      rememberAccess(answer.accessToken());
      RefreshToken rotated = answer.refreshToken().orElseThrow(() -> ContractRule.REFRESH_2.fail(
          "refresh_token: expected <the rotated refresh token> but was <absent>"));
      rememberRefresh(rotated);
      ContractRule.REFRESH_2.require(!rotated.equals(old),
          "refresh_token: expected <the rotated refresh token> but was <the refresh token that was sent>");
      ContractRule.REFRESH_2.check("the returned refresh token is the world's new one", true, world().isActive(rotated));
      TokenResponse second = succeed(ContractRule.REFRESH_2, "refresh with the rotated token",
          () -> api().refresh(CLIENT, rotated));
      rememberAccess(second.accessToken());
      second.refreshToken().ifPresent(IdentityApiContract.this::rememberRefresh);
    }

    @Test
    @DisplayName("REFRESH-3 an unknown or revoked refresh token fails with InvalidGrantException")
    void invalidGrant() {
      assumeRefresh("REFRESH-3");
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      RefreshToken unknown = rememberRefresh(RefreshToken.of("rt_never_issued_by_this_world"));
      failWith(ContractRule.REFRESH_3, "refresh with an unknown refresh token", InvalidGrantException.class,
          () -> api().refresh(CLIENT, unknown));
      RefreshToken revoked = tokens.refreshToken().orElseThrow();
      world().revoke(revoked);
      InvalidGrantException error = failWith(ContractRule.REFRESH_3, "refresh with a revoked refresh token",
          InvalidGrantException.class, () -> api().refresh(CLIENT, revoked));
      ContractRule.REFRESH_3.check("status", 400, error.status().orElse(0));
    }

    private void assumeRefresh(String id) {
      Assumptions.assumeTrue(supportsRefresh(), () -> "Skipping " + id
          + ": the adapter declares no refresh support; override supportsRefresh() to return true to run");
    }
  }

  @Nested
  @DisplayName("error statuses")
  class ErrorRules {
    @Test
    @DisplayName("ERR-401 401 fails with UnauthorizedException, for unknown, expired and revoked tokens")
    void unauthorized() {
      FakeAccount jane = seedJane();
      TokenSet expired = tokensOf(jane);
      world().expire(expired.accessToken());
      TokenSet revoked = tokensOf(jane);
      world().revoke(revoked.accessToken());
      AccessToken unknown = rememberAccess(AccessToken.of("at_unknown_to_this_world"));
      for (AccessToken token : List.of(unknown, expired.accessToken(), revoked.accessToken())) {
        for (NamedCall call : v1Calls(token, ProfileId.of("pro_fe145c37de"))) {
          UnauthorizedException error = failWith(ContractRule.ERR_401, call.name, UnauthorizedException.class,
              call.action);
          ContractRule.ERR_401.check(call.name + " status", 401, error.status().orElse(0));
        }
      }
    }

    @Test
    @DisplayName("ERR-402 402 fails with PaymentRequiredException")
    void paymentRequired() {
      expectStatus(ContractRule.ERR_402, 402, PaymentRequiredException.class);
    }

    @Test
    @DisplayName("ERR-403 403 fails with InsufficientScopeException")
    void insufficientScope() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      jane.restrictScope(Scope.parse("read_account"));
      for (NamedCall call : v1Calls(tokens.accessToken(), ProfileId.of("pro_fe145c37de"))) {
        if (call.endpoint != FakeEndpoint.USERINFO) {
          InsufficientScopeException error = failWith(ContractRule.ERR_403, call.name,
              InsufficientScopeException.class, call.action);
          ContractRule.ERR_403.check(call.name + " status", 403, error.status().orElse(0));
        }
      }
    }

    @Test
    @DisplayName("ERR-404 404 fails with NotFoundException")
    void notFound() {
      expectStatus(ContractRule.ERR_404, 404, NotFoundException.class);
    }

    @Test
    @DisplayName("ERR-422 422 fails with InvalidRequestException carrying the field errors")
    void unprocessable() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      List<FieldError> errors = List.of(
          new FieldError("profile_id", Optional.of("errors.required"), Optional.of("required")),
          new FieldError("profile_id", Optional.of("errors.format"), Optional.of("must start with pro_")));
      world().injectFault(FakeEndpoint.REVOKE, 1, Fault.status(422, ErrorBody.fieldErrors(errors)));
      InvalidRequestException error = failWith(ContractRule.ERR_422, "revokeProfile", InvalidRequestException.class,
          () -> api().revokeProfile(tokens.accessToken(), ProfileId.of("pro_fe145c37de")));
      ContractRule.ERR_422.check("status", 422, error.status().orElse(0));
      ContractRule.ERR_422.check("fieldErrors", errors, error.fieldErrors());
    }

    @Test
    @DisplayName("ERR-423 423 fails with LockedException")
    void locked() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      jane.lock();
      for (NamedCall call : v1Calls(tokens.accessToken(), ProfileId.of("pro_fe145c37de"))) {
        LockedException error = failWith(ContractRule.ERR_423, call.name, LockedException.class, call.action);
        ContractRule.ERR_423.check(call.name + " status", 423, error.status().orElse(0));
      }
    }

    @Test
    @DisplayName("ERR-429 429 fails with RateLimitedException surfacing Retry-After")
    void rateLimited() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      RetryAfter seconds = new RetryAfter.Delay(Duration.ofSeconds(7));
      RetryAfter date = new RetryAfter.At(NOW.plusSeconds(120));
      for (NamedCall call : v1Calls(tokens.accessToken(), ProfileId.of("pro_fe145c37de"))) {
        world().injectFault(call.endpoint, 1, Fault.rateLimited(Optional.of(seconds)));
        RateLimitedException error = failWith(ContractRule.ERR_429, call.name + " (Retry-After: 7)",
            RateLimitedException.class, call.action);
        ContractRule.ERR_429.check(call.name + " retryAfter", Optional.of(seconds), error.retryAfter());
      }
      world().injectFault(FakeEndpoint.PROFILES, 1, Fault.rateLimited(Optional.of(date)));
      RateLimitedException dated = failWith(ContractRule.ERR_429, "profiles (Retry-After: HTTP date)",
          RateLimitedException.class, () -> api().profiles(tokens.accessToken()));
      ContractRule.ERR_429.check("retryAfter", Optional.of(date), dated.retryAfter());
      world().injectFault(FakeEndpoint.PROFILES, 1, Fault.rateLimited(Optional.empty()));
      RateLimitedException plain = failWith(ContractRule.ERR_429, "profiles (no Retry-After)",
          RateLimitedException.class, () -> api().profiles(tokens.accessToken()));
      ContractRule.ERR_429.check("retryAfter", Optional.empty(), plain.retryAfter());
      if (supportsRefresh()) {
        world().injectFault(FakeEndpoint.TOKEN, 1, Fault.rateLimited(Optional.of(seconds)));
        RefreshToken refreshToken = tokens.refreshToken().orElseThrow();
        RateLimitedException refresh = failWith(ContractRule.ERR_429, "refresh (Retry-After: 7)",
            RateLimitedException.class, () -> api().refresh(CLIENT, refreshToken));
        ContractRule.ERR_429.check("refresh retryAfter", Optional.of(seconds), refresh.retryAfter());
      }
    }

    @Test
    @DisplayName("ERR-5XX 5xx fails with ServerErrorException carrying the status")
    void serverErrors() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      for (int status : new int[] {500, 502, 503, 504}) {
        for (NamedCall call : v1Calls(tokens.accessToken(), ProfileId.of("pro_fe145c37de"))) {
          world().injectFault(call.endpoint, 1, Fault.status(status));
          ServerErrorException error = failWith(ContractRule.ERR_5XX, call.name + " answered " + status,
              ServerErrorException.class, call.action);
          ContractRule.ERR_5XX.check(call.name + " status", status, error.status().orElse(0));
        }
      }
    }

    private void expectStatus(ContractRule rule, int status, Class<? extends IdentityException> type) {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      for (NamedCall call : v1Calls(tokens.accessToken(), ProfileId.of("pro_fe145c37de"))) {
        world().injectFault(call.endpoint, 1, Fault.status(status));
        IdentityException error = failWith(rule, call.name + " answered " + status, type, call.action);
        rule.check(call.name + " status", status, error.status().orElse(0));
      }
    }
  }

  @Nested
  @DisplayName("completion")
  class StageRules {
    @Test
    @DisplayName("STAGE-1 every call returns a stage that completes exactly once, on success and on failure")
    void completesOnce() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      for (NamedCall call : v1Calls(tokens.accessToken(), ProfileId.of("pro_n23kjnwrw2"))) {
        call(ContractRule.STAGE_1, call.name, call.action);
        world().injectFault(call.endpoint, 1, Fault.status(500));
        call(ContractRule.STAGE_1, call.name + " answered 500", call.action);
        world().injectFault(call.endpoint, 1, Fault.transport());
        call(ContractRule.STAGE_1, call.name + " with a transport fault", call.action);
      }
      AccessToken unknown = rememberAccess(AccessToken.of("at_unknown_stage"));
      for (NamedCall call : v1Calls(unknown, ProfileId.of("pro_n23kjnwrw2"))) {
        call(ContractRule.STAGE_1, call.name + " with an unknown token", call.action);
      }
      RefreshToken refreshUnknown = rememberRefresh(RefreshToken.of("rt_unknown_stage"));
      call(ContractRule.STAGE_1, "refresh with an unknown refresh token", () -> api().refresh(CLIENT, refreshUnknown));
    }
  }

  @Nested
  @DisplayName("secrets")
  class SecretRules {
    @Test
    @DisplayName("SECRET-1 tokens and client secrets never appear in messages or toString()")
    void noSecretsInFailures() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      List<Outcome<?>> outcomes = new ArrayList<>();
      AccessToken unknown = rememberAccess(AccessToken.of("at_secret_never_in_messages"));
      for (NamedCall call : v1Calls(unknown, ProfileId.of("pro_fe145c37de"))) {
        outcomes.add(call(ContractRule.SECRET_1, call.name + " with an unknown token", call.action));
      }
      for (NamedCall call : v1Calls(tokens.accessToken(), ProfileId.of("pro_fe145c37de"))) {
        world().injectFault(call.endpoint, 1, Fault.status(500));
        outcomes.add(call(ContractRule.SECRET_1, call.name + " answered 500", call.action));
        world().injectFault(call.endpoint, 1, Fault.transport());
        outcomes.add(call(ContractRule.SECRET_1, call.name + " with a transport fault", call.action));
      }
      RefreshToken refreshUnknown = rememberRefresh(RefreshToken.of("rt_secret_never_in_messages"));
      outcomes.add(call(ContractRule.SECRET_1, "refresh with an unknown refresh token",
          () -> api().refresh(CLIENT, refreshUnknown)));
      world().injectFault(FakeEndpoint.TOKEN, 1, Fault.status(503));
      RefreshToken refreshToken = tokens.refreshToken().orElseThrow();
      outcomes.add(call(ContractRule.SECRET_1, "refresh answered 503", () -> api().refresh(CLIENT, refreshToken)));
      for (Outcome<?> outcome : outcomes) {
        if (outcome.failed()) {
          Optional<String> leak = leakIn(everythingPrinted(outcome.error()));
          ContractRule.SECRET_1.require(leak.isEmpty(), "the failure " + outcome.error().getClass().getSimpleName()
              + " (message, toString(), causes): expected <no token or secret> but was <a "
              + leak.orElse("") + " in the text>");
        }
      }
      Optional<String> leak = leakIn(String.valueOf(api()));
      ContractRule.SECRET_1.require(leak.isEmpty(), "the adapter's toString(): expected <no token or secret> but was <a "
          + leak.orElse("") + ">");
    }
  }

  static <T> T first(ContractRule rule, String what, List<T> values) {
    if (values.isEmpty()) {
      throw rule.fail(what + ": expected <at least one element> but was <[]>");
    }
    return values.get(0);
  }

  static CalendarProfile profile(ContractRule rule, List<CalendarProfile> profiles, String id) {
    return profiles.stream().filter(p -> p.id().value().equals(id)).findFirst()
        .orElseThrow(() -> rule.fail("profile " + id + ": expected <present> but was <absent from "
            + profiles.stream().map(CalendarProfile::id).toList() + ">"));
  }
}
