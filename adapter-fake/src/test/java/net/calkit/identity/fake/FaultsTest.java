package net.calkit.identity.fake;

import static net.calkit.identity.fake.Stages.failure;
import static net.calkit.identity.fake.Stages.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Stream;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.ErrorKind;
import net.calkit.identity.domain.error.FieldError;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.InvalidRequestException;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.RetryAfter;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.TransportException;
import net.calkit.identity.domain.error.UnexpectedStatusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class FaultsTest {
  private final ManualClock clock = Worlds.clock();
  private final FakeCronofy world = Worlds.withJane(clock);
  private final FakeAccount jane = world.account(Worlds.JANE);
  private final ManualScheduler scheduler = new ManualScheduler();
  private final FakeIdentityApi api = FakeIdentityApi.builder(world).scheduler(scheduler).build();
  private final TokenSet tokens = jane.issueTokens();

  private CompletionStage<?> call(FakeEndpoint endpoint) {
    switch (endpoint) {
      case USERINFO: return api.userInfo(tokens.accessToken());
      case ACCOUNT: return api.account(tokens.accessToken());
      case PROFILES: return api.profiles(tokens.accessToken());
      case REVOKE: return api.revokeProfile(tokens.accessToken(), ProfileId.of(Worlds.APPLE_PROFILE));
      default: return api.refresh(Worlds.CLIENT, tokens.refreshToken().orElseThrow());
    }
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(FakeEndpoint.TOKEN, 400, ErrorKind.INVALID_GRANT),
        Arguments.of(FakeEndpoint.USERINFO, 400, ErrorKind.INVALID_REQUEST),
        Arguments.of(FakeEndpoint.USERINFO, 401, ErrorKind.UNAUTHORIZED),
        Arguments.of(FakeEndpoint.ACCOUNT, 402, ErrorKind.PAYMENT_REQUIRED),
        Arguments.of(FakeEndpoint.PROFILES, 403, ErrorKind.INSUFFICIENT_SCOPE),
        Arguments.of(FakeEndpoint.REVOKE, 404, ErrorKind.NOT_FOUND),
        Arguments.of(FakeEndpoint.REVOKE, 422, ErrorKind.INVALID_REQUEST),
        Arguments.of(FakeEndpoint.USERINFO, 423, ErrorKind.LOCKED),
        Arguments.of(FakeEndpoint.ACCOUNT, 429, ErrorKind.RATE_LIMITED),
        Arguments.of(FakeEndpoint.USERINFO, 500, ErrorKind.SERVER_ERROR),
        Arguments.of(FakeEndpoint.PROFILES, 502, ErrorKind.SERVER_ERROR),
        Arguments.of(FakeEndpoint.TOKEN, 503, ErrorKind.SERVER_ERROR),
        Arguments.of(FakeEndpoint.USERINFO, 504, ErrorKind.SERVER_ERROR),
        Arguments.of(FakeEndpoint.USERINFO, 599, ErrorKind.SERVER_ERROR),
        Arguments.of(FakeEndpoint.USERINFO, 302, ErrorKind.UNEXPECTED_STATUS),
        Arguments.of(FakeEndpoint.ACCOUNT, 405, ErrorKind.UNEXPECTED_STATUS),
        Arguments.of(FakeEndpoint.ACCOUNT, 418, ErrorKind.UNEXPECTED_STATUS));
  }

  @ParameterizedTest(name = "{1} on {0} -> {2}")
  @MethodSource("statuses")
  void aStatusFaultFailsWithTheDomainErrorOfThatStatus(FakeEndpoint endpoint, int status, ErrorKind kind) {
    world.injectFault(endpoint, 1, Fault.status(status));

    Throwable error = failure(call(endpoint));

    assertThat(error).isInstanceOf(IdentityException.class);
    assertThat(((IdentityException) error).kind()).isEqualTo(kind);
    assertThat(((IdentityException) error).status()).hasValue(status);
  }

  @Test
  void theDefault422BodyCarriesAFieldError() {
    world.injectFault(FakeEndpoint.REVOKE, 1, Fault.status(422));

    InvalidRequestException error = (InvalidRequestException) failure(call(FakeEndpoint.REVOKE));

    assertThat(error.fieldErrors()).containsExactly(
        new FieldError("profile_id", Optional.of("errors.invalid"), Optional.of("is invalid")));
    assertThat(error.bodyExcerpt()).hasValue("{\"errors\":{\"profile_id\":[{\"key\":\"errors.invalid\",\"description\":\"is invalid\"}]}}");
  }

  @Test
  void aCustomBodyIsUsed() {
    world.injectFault(FakeEndpoint.TOKEN, 1, Fault.status(400, ErrorBody.oauth("unsupported_grant_type")));

    InvalidRequestException error = (InvalidRequestException) failure(call(FakeEndpoint.TOKEN));

    assertThat(error.errorCode()).contains("unsupported_grant_type");
  }

  @ParameterizedTest
  @EnumSource(FakeEndpoint.class)
  void aFaultFiresExactlyNTimesThenTheWorldAnswers(FakeEndpoint endpoint) {
    world.injectFault(endpoint, 3, Fault.status(503));

    for (int i = 0; i < 3; i++) {
      assertThat(failure(call(endpoint))).as("call %d", i + 1).isInstanceOf(ServerErrorException.class);
    }
    assertThat(world.pendingFaults(endpoint)).isZero();

    CompletableFuture<?> fourth = call(endpoint).toCompletableFuture();
    assertThat(fourth).isCompletedWithValueMatching(v -> true, "the fourth call succeeds");
  }

  @Test
  void faultsOfOneEndpointLeaveTheOthersAlone() {
    world.injectFault(FakeEndpoint.ACCOUNT, 1, Fault.status(500));

    assertThat(value(api.userInfo(tokens.accessToken())).sub()).isEqualTo(jane.id());
    assertThat(value(api.profiles(tokens.accessToken()))).isNotEmpty();
    assertThat(world.pendingFaults(FakeEndpoint.ACCOUNT)).isEqualTo(1);
    assertThat(failure(api.account(tokens.accessToken()))).isInstanceOf(ServerErrorException.class);
  }

  @Test
  void scriptedFaultsFireInOrder() {
    world.injectFault(FakeEndpoint.USERINFO, 2, Fault.rateLimited(Optional.of(new RetryAfter.Delay(Duration.ofSeconds(7)))));
    world.injectFault(FakeEndpoint.USERINFO, 1, Fault.transport());
    world.injectFault(FakeEndpoint.USERINFO, 1, Fault.status(502));
    assertThat(world.pendingFaults(FakeEndpoint.USERINFO)).isEqualTo(4);

    List<Throwable> errors = List.of(failure(api.userInfo(tokens.accessToken())), failure(api.userInfo(tokens.accessToken())),
        failure(api.userInfo(tokens.accessToken())), failure(api.userInfo(tokens.accessToken())));

    assertThat(errors).extracting(e -> (Object) e.getClass()).containsExactly(RateLimitedException.class,
        RateLimitedException.class, TransportException.class, ServerErrorException.class);
    assertThat(((RateLimitedException) errors.get(0)).retryAfter()).contains(new RetryAfter.Delay(Duration.ofSeconds(7)));
    assertThat(value(api.userInfo(tokens.accessToken())).sub()).isEqualTo(jane.id());
  }

  @Test
  void rateLimitedWithoutRetryAfterHasNone() {
    world.injectFault(FakeEndpoint.PROFILES, 1, Fault.status(429));

    RateLimitedException error = (RateLimitedException) failure(api.profiles(tokens.accessToken()));

    assertThat(error.retryAfter()).isEmpty();
    assertThat(error.isTransient()).isTrue();
  }

  @Test
  void aStatusFaultCanCarryRetryAfter() {
    RetryAfter later = new RetryAfter.At(clock.instant().plusSeconds(30));
    world.injectFault(FakeEndpoint.USERINFO, 1, Fault.status(503, Optional.of(later)));
    world.injectFault(FakeEndpoint.USERINFO, 1, Fault.status(429, Optional.of(later)));

    FakeResponse<UserInfo> unavailable = world.handle(FakeRequest.userInfo(tokens.accessToken()));
    Throwable limited = failure(api.userInfo(tokens.accessToken()));

    assertThat(unavailable).isEqualTo(new FakeResponse.Failure<UserInfo>(503, ErrorBody.EMPTY, Optional.of(later), "scripted fault"));
    assertThat(((FakeResponse.Failure<UserInfo>) unavailable).toException()).isInstanceOf(ServerErrorException.class);
    assertThat(((RateLimitedException) limited).retryAfter()).contains(later);
  }

  @Test
  void aTransportFaultFailsBelowHttp() {
    world.injectFault(FakeEndpoint.PROFILES, 1, Fault.transport());

    Throwable error = failure(api.profiles(tokens.accessToken()));

    assertThat(error).isInstanceOf(TransportException.class).hasMessageContaining("scripted transport fault");
    assertThat(((TransportException) error).status()).isEmpty();
  }

  @Test
  void aFailedRefreshDoesNotRotate() {
    world.injectFault(FakeEndpoint.TOKEN, 1, Fault.status(503));
    world.injectFault(FakeEndpoint.TOKEN, 1, Fault.transport());

    failure(call(FakeEndpoint.TOKEN));
    failure(call(FakeEndpoint.TOKEN));

    assertThat(world.isActive(tokens.refreshToken().orElseThrow())).isTrue();
    assertThat(world.isActive(tokens.accessToken())).isTrue();
  }

  @Test
  void aFaultForEveryCallLastsUntilCleared() {
    world.injectFault(FakeEndpoint.USERINFO, Integer.MAX_VALUE, Fault.status(500));

    for (int i = 0; i < 50; i++) {
      assertThat(failure(api.userInfo(tokens.accessToken()))).isInstanceOf(ServerErrorException.class);
    }
    assertThat(world.pendingFaults(FakeEndpoint.USERINFO)).isEqualTo(Integer.MAX_VALUE);

    world.clearFaults();

    assertThat(value(api.userInfo(tokens.accessToken())).sub()).isEqualTo(jane.id());
  }

  @Test
  void aDelayCompletesOnlyWhenTheSchedulerFires() {
    world.injectFault(FakeEndpoint.USERINFO, 1, Fault.delay(Duration.ofMillis(250)));

    CompletableFuture<UserInfo> delayed = api.userInfo(tokens.accessToken()).toCompletableFuture();

    assertThat(delayed).isNotDone();
    scheduler.advance(Duration.ofMillis(249));
    assertThat(delayed).isNotDone();
    scheduler.advance(Duration.ofMillis(1));
    assertThat(delayed).isCompletedWithValueMatching(info -> info.sub().equals(jane.id()));
    assertThat(value(api.userInfo(tokens.accessToken())).sub()).as("the next call is immediate").isEqualTo(jane.id());
  }

  @Test
  void aDelayedAnswerIsDecidedWhenTheRequestArrives() {
    world.injectFault(FakeEndpoint.TOKEN, 1, Fault.delay(Duration.ofSeconds(1)));

    CompletableFuture<TokenResponse> delayed =
        api.refresh(Worlds.CLIENT, tokens.refreshToken().orElseThrow()).toCompletableFuture();

    assertThat(world.isActive(tokens.refreshToken().orElseThrow())).as("rotated on arrival").isFalse();
    assertThat(delayed).isNotDone();
    scheduler.advance(Duration.ofSeconds(1));
    assertThat(delayed).isCompletedWithValueMatching(r -> world.isActive(r.accessToken()));
  }

  @Test
  void aDelayedFailureFailsAfterTheDelay() {
    world.injectFault(FakeEndpoint.ACCOUNT, 1, Fault.delay(Duration.ofSeconds(2)));
    jane.lock();

    CompletableFuture<?> delayed = api.account(tokens.accessToken()).toCompletableFuture();

    assertThat(delayed).isNotDone();
    scheduler.advance(Duration.ofSeconds(2));
    assertThat(failure(delayed)).isInstanceOf(net.calkit.identity.domain.error.LockedException.class);
  }

  @Test
  void aSchedulerThatRefusesADelayFailsTheStageWithATransportException() {
    FakeIdentityApi refused = FakeIdentityApi.builder(world).scheduler((delay, task) -> {
      throw new java.util.concurrent.RejectedExecutionException("scheduler shut down");
    }).build();
    world.injectFault(FakeEndpoint.USERINFO, 1, Fault.delay(Duration.ofSeconds(1)));

    assertThat(failure(refused.userInfo(tokens.accessToken()))).isInstanceOf(TransportException.class);
  }

  @Test
  void cancellingADelayedCallCancelsTheScheduledDelivery() {
    world.injectFault(FakeEndpoint.PROFILES, 1, Fault.delay(Duration.ofSeconds(5)));

    CompletableFuture<?> delayed = api.profiles(tokens.accessToken()).toCompletableFuture();
    assertThat(scheduler.pending()).isEqualTo(1);

    assertThat(delayed.cancel(true)).isTrue();

    assertThat(scheduler.pending()).isZero();
    scheduler.advance(Duration.ofSeconds(5));
    assertThat(delayed).isCancelled();
  }

  @Test
  void theSeamShowsFaultsTransportNeutrally() {
    world.injectFault(FakeEndpoint.USERINFO, 1, Fault.delay(Duration.ofSeconds(1)));
    world.injectFault(FakeEndpoint.USERINFO, 1, Fault.transport());
    world.injectFault(FakeEndpoint.USERINFO, 1, Fault.rateLimited(Optional.of(new RetryAfter.Delay(Duration.ofSeconds(3)))));

    FakeResponse<UserInfo> delayed = world.handle(FakeRequest.userInfo(tokens.accessToken()));
    FakeResponse<UserInfo> transport = world.handle(FakeRequest.userInfo(tokens.accessToken()));
    FakeResponse<UserInfo> limited = world.handle(FakeRequest.userInfo(tokens.accessToken()));
    FakeResponse<UserInfo> ok = world.handle(FakeRequest.userInfo(tokens.accessToken()));

    assertThat(delayed).isInstanceOf(FakeResponse.Delayed.class);
    FakeResponse.Delayed<UserInfo> d = (FakeResponse.Delayed<UserInfo>) delayed;
    assertThat(d.delay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(d.then()).isInstanceOf(FakeResponse.Ok.class);
    assertThat(transport).isInstanceOf(FakeResponse.TransportFailure.class);
    assertThat(limited).isInstanceOf(FakeResponse.Failure.class);
    FakeResponse.Failure<UserInfo> f = (FakeResponse.Failure<UserInfo>) limited;
    assertThat(f.status()).isEqualTo(429);
    assertThat(f.retryAfter()).contains(new RetryAfter.Delay(Duration.ofSeconds(3)));
    assertThat(f.body()).isEqualTo(ErrorBody.EMPTY);
    assertThat(ok).isEqualTo(new FakeResponse.Ok<>(200, jane.userInfo()));
  }

  @Test
  void theSeamAnswersRevokeWith202AndTheWorldsOwnErrorsWithTheirBodies() {
    FakeResponse<ProfileId> revoked = world.handle(FakeRequest.revokeProfile(tokens.accessToken(), ProfileId.of(Worlds.APPLE_PROFILE)));
    FakeResponse<TokenResponse> badGrant = world.handle(FakeRequest.refresh(Worlds.CLIENT,
        net.calkit.identity.domain.credentials.RefreshToken.of("unknown")));

    assertThat(revoked).isEqualTo(new FakeResponse.Ok<>(202, ProfileId.of(Worlds.APPLE_PROFILE)));
    assertThat(badGrant).isInstanceOf(FakeResponse.Failure.class);
    FakeResponse.Failure<TokenResponse> f = (FakeResponse.Failure<TokenResponse>) badGrant;
    assertThat(f.status()).isEqualTo(400);
    assertThat(f.body().json()).isEqualTo("{\"error\":\"invalid_grant\"}");
    assertThat(f.toException()).isInstanceOf(InvalidGrantException.class);
  }

  @Test
  void exceptionForMapsEveryStatusLikeTheRealApi() {
    Function<Integer, Class<?>> map = status ->
        FakeResponse.exceptionFor(status, ErrorBody.EMPTY, Optional.empty(), "").getClass();

    assertThat(FakeResponse.exceptionFor(400, ErrorBody.oauth("invalid_grant"), Optional.empty(), ""))
        .isInstanceOf(InvalidGrantException.class);
    assertThat(map.apply(400)).isEqualTo(InvalidRequestException.class);
    assertThat(map.apply(422)).isEqualTo(InvalidRequestException.class);
    assertThat(map.apply(501)).isEqualTo(ServerErrorException.class);
    assertThat(map.apply(300)).isEqualTo(UnexpectedStatusException.class);
    assertThat(map.apply(408)).isEqualTo(UnexpectedStatusException.class);
  }
}
