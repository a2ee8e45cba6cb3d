package net.calkit.identity.testkit.selftest;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.CronofyData;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.error.InvalidResponseException;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.UnauthorizedException;
import net.calkit.identity.fake.FakeCronofy;
import net.calkit.identity.fake.FakeIdentityApi;
import net.calkit.identity.ports.IdentityApi;
import net.calkit.identity.testkit.HttpIdentityApiContract;
import net.calkit.identity.testkit.InProcessIdentityApiContract;
import net.calkit.identity.testkit.jdk.JdkHttpIdentityApi;
import net.calkit.identity.testkit.jdk.JdkHttpIdentityApi.Defect;

/**
 * Deliberately broken adapters, each wrapped in a kit subclass. They are nested (so surefire does not
 * run them by itself); {@link KitSelfTest} runs each through the JUnit Platform Launcher.
 */
final class BrokenKits {
  private BrokenKits() {}

  abstract static class BrokenInProcess extends InProcessIdentityApiContract {
    @Override
    protected Duration timeout() {
      return Duration.ofSeconds(2);
    }
  }

  abstract static class BrokenHttp extends HttpIdentityApiContract {
    @Override
    protected Duration timeout() {
      return Duration.ofSeconds(2);
    }

    @Override
    protected int generatedBodies() {
      return 3;
    }
  }

  /** Filters out profiles whose provider this library does not know. */
  static class DropsUnknownProviders extends BrokenInProcess {
    @Override
    protected IdentityApi createApi(FakeCronofy world) {
      return new Forwarding(FakeIdentityApi.create(world)) {
        @Override
        public CompletionStage<List<CalendarProfile>> profiles(AccessToken token) {
          return delegate.profiles(token).thenApply(list -> list.stream()
              .filter(p -> p.provider().map(provider -> provider.isKnown()).orElse(true)).toList());
        }
      };
    }
  }

  /** Forgets relink URLs. */
  static class LosesRelinkUrls extends BrokenInProcess {
    @Override
    protected IdentityApi createApi(FakeCronofy world) {
      return new Forwarding(FakeIdentityApi.create(world)) {
        @Override
        public CompletionStage<List<CalendarProfile>> profiles(AccessToken token) {
          return delegate.profiles(token).thenApply(list -> list.stream()
              .map(p -> p.connected().orElse(true) ? p : p.asDisconnected(Optional.empty())).toList());
        }
      };
    }
  }

  /** Reports a 401 as a generic server error. */
  static class UnauthorizedAsGenericError extends BrokenInProcess {
    @Override
    protected IdentityApi createApi(FakeCronofy world) {
      return new Forwarding(FakeIdentityApi.create(world)) {
        @Override
        public CompletionStage<UserInfo> userInfo(AccessToken token) {
          return delegate.userInfo(token).exceptionally(error -> {
            Throwable cause = error instanceof CompletionException ? error.getCause() : error;
            if (cause instanceof UnauthorizedException) {
              throw new CompletionException(new ServerErrorException(500, "unauthorized"));
            }
            throw new CompletionException(cause);
          });
        }
      };
    }
  }

  /** Treats a missing email as a broken body. */
  static class MissingOptionalIsError extends BrokenInProcess {
    @Override
    protected IdentityApi createApi(FakeCronofy world) {
      return new Forwarding(FakeIdentityApi.create(world)) {
        @Override
        public CompletionStage<UserInfo> userInfo(AccessToken token) {
          return delegate.userInfo(token).thenApply(info -> {
            if (info.email().isEmpty()) {
              throw new InvalidResponseException(200, "$.email: missing", "");
            }
            return info;
          });
        }
      };
    }
  }

  /** Drops conferencing profiles. */
  static class LosesConferencingProfiles extends BrokenInProcess {
    @Override
    protected IdentityApi createApi(FakeCronofy world) {
      return new Forwarding(FakeIdentityApi.create(world)) {
        @Override
        public CompletionStage<UserInfo> userInfo(AccessToken token) {
          return delegate.userInfo(token).thenApply(info -> info.data()
              .map(d -> info.withData(new CronofyData(d.authorization(), d.profiles(), Optional.empty(),
                  d.serviceAccount(), d.applicationCalendar())))
              .orElse(info));
        }
      };
    }
  }

  /** Throws synchronously instead of failing the stage. */
  static class ThrowsSynchronously extends BrokenInProcess {
    @Override
    protected IdentityApi createApi(FakeCronofy world) {
      return new Forwarding(FakeIdentityApi.create(world)) {
        @Override
        public CompletionStage<Void> revokeProfile(AccessToken token, ProfileId profileId) {
          if (!world.isActive(token)) {
            throw new IllegalStateException("not authorized");
          }
          return delegate.revokeProfile(token, profileId);
        }
      };
    }
  }

  /** Completes with null instead of a stage. */
  static class ReturnsNullStage extends BrokenInProcess {
    @Override
    protected IdentityApi createApi(FakeCronofy world) {
      return new Forwarding(FakeIdentityApi.create(world)) {
        @Override
        public CompletionStage<List<CalendarProfile>> profiles(AccessToken token) {
          return world.isActive(token) ? delegate.profiles(token) : nullStage();
        }
      };
    }

    @SuppressWarnings("NullAway")
    private static <T> CompletableFuture<T> nullStage() {
      return null;
    }
  }

  /** The factory hook returns null. */
  static class NullFactory extends BrokenInProcess {
    @Override
    @SuppressWarnings("NullAway")
    protected IdentityApi createApi(FakeCronofy world) {
      return null;
    }
  }

  /** A correct adapter that declares no refresh support and no data-center mapping. */
  static class WithoutCapabilities extends HttpIdentityApiContract {
    @Override
    protected IdentityApi createApi(URI baseUri) {
      return JdkHttpIdentityApi.create(baseUri);
    }

    @Override
    protected boolean supportsRefresh() {
      return false;
    }

    @Override
    protected boolean supportsCancellation() {
      return false;
    }
  }

  /** A JDK adapter with one defect. */
  abstract static class JdkWith extends BrokenHttp {
    private final Set<Defect> defects;

    JdkWith(Defect defect) {
      this.defects = Set.of(defect);
    }

    @Override
    protected IdentityApi createApi(URI baseUri) {
      return JdkHttpIdentityApi.withDefects(baseUri, defects);
    }
  }

  static class FollowsRedirects extends JdkWith {
    FollowsRedirects() {
      super(Defect.FOLLOWS_REDIRECTS);
    }
  }

  static class SendsAuthorizationOnRefresh extends JdkWith {
    SendsAuthorizationOnRefresh() {
      super(Defect.AUTHORIZATION_ON_REFRESH);
    }
  }

  static class WrongAuthScheme extends JdkWith {
    WrongAuthScheme() {
      super(Defect.WRONG_AUTH_SCHEME);
    }
  }

  static class WrongRevokePath extends JdkWith {
    WrongRevokePath() {
      super(Defect.WRONG_REVOKE_PATH);
    }
  }

  static class IgnoresRetryAfter extends JdkWith {
    IgnoresRetryAfter() {
      super(Defect.IGNORES_RETRY_AFTER);
    }
  }

  static class UnauthorizedAsServerError extends JdkWith {
    UnauthorizedAsServerError() {
      super(Defect.UNAUTHORIZED_AS_SERVER_ERROR);
    }
  }

  static class NoBodyLimit extends JdkWith {
    NoBodyLimit() {
      super(Defect.NO_BODY_LIMIT);
    }
  }

  static class IoAsInvalidResponse extends JdkWith {
    IoAsInvalidResponse() {
      super(Defect.IO_AS_INVALID_RESPONSE);
    }
  }

  static class BlocksCaller extends JdkWith {
    BlocksCaller() {
      super(Defect.BLOCKS_CALLER);
    }
  }

  static class TokenInMessage extends JdkWith {
    TokenInMessage() {
      super(Defect.TOKEN_IN_MESSAGE);
    }
  }

  static class IgnoresCancel extends JdkWith {
    IgnoresCancel() {
      super(Defect.IGNORES_CANCEL);
    }
  }

  static class DoesNotRotateRefreshToken extends JdkWith {
    DoesNotRotateRefreshToken() {
      super(Defect.SENDS_OLD_REFRESH_TOKEN);
    }
  }

  /** Builds the UK host by hand, wrongly. */
  static class MisMapsDataCenter extends BrokenHttp {
    @Override
    protected IdentityApi createApi(URI baseUri) {
      return JdkHttpIdentityApi.create(baseUri);
    }

    @Override
    protected Optional<URI> baseUriFor(DataCenter dataCenter) {
      return Optional.of(URI.create("https://api." + (dataCenter == DataCenter.US ? "" : dataCenter.id() + ".")
          + "cronofy.com"));
    }
  }
}
