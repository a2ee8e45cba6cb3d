package net.calkit.identity.fake;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.IdentityException;
import org.junit.jupiter.api.Test;

/**
 * Seeded random walks over the state changes, each step checked against a plain model of what the API
 * must answer. The seed is in every assertion message.
 */
class WorldModelTest {
  private static final List<String> PROFILES = List.of(Worlds.GOOGLE_PROFILE, Worlds.APPLE_PROFILE, Worlds.ZOOM_PROFILE);

  @Test
  void randomWalksAgreeWithTheModel() {
    long master = new SplittableRandom().nextLong();
    SplittableRandom seeds = new SplittableRandom(master);
    for (int walk = 0; walk < 20; walk++) {
      walk(seeds.nextLong(), "master seed " + master + ", walk " + walk);
    }
  }

  private static final class Model {
    final Map<String, Boolean> connected = new HashMap<>();
    final Map<String, Boolean> revoked = new HashMap<>();
    boolean locked;
    boolean restricted;
    boolean tokenValid = true;

    Model() {
      for (String id : PROFILES) {
        connected.put(id, true);
        revoked.put(id, false);
      }
    }
  }

  private void walk(long seed, String context) {
    String where = context + " (seed " + seed + ")";
    SplittableRandom random = new SplittableRandom(seed);
    ManualClock clock = Worlds.clock();
    FakeCronofy world = Worlds.withJane(clock);
    FakeAccount jane = world.account(Worlds.JANE);
    FakeIdentityApi api = FakeIdentityApi.builder(world).recordCalls(false).build();
    Model model = new Model();
    TokenSet tokens = jane.issueTokens();
    List<String> steps = new ArrayList<>();

    for (int step = 0; step < 60; step++) {
      String profile = PROFILES.get(random.nextInt(PROFILES.size()));
      int action = random.nextInt(9);
      steps.add(action + ":" + profile);
      String at = where + " after steps " + steps;
      switch (action) {
        case 0:
        case 1:
          if (!model.revoked.get(profile)) {
            boolean connect = action == 1;
            if (connect) {
              jane.profile(profile).reconnect();
            } else {
              jane.profile(profile).disconnect();
            }
            model.connected.put(profile, connect);
          }
          break;
        case 2: {
          CompletableFuture<Void> revoke = api.revokeProfile(tokens.accessToken(), ProfileId.of(profile)).toCompletableFuture();
          int expected = expectedStatus(model, true);
          if (expected == 200 && model.revoked.get(profile)) {
            expected = 404;
          }
          assertThat(status(revoke)).as(at).isEqualTo(expected);
          if (expected == 200) {
            model.revoked.put(profile, true);
          }
          break;
        }
        case 3:
          if (model.locked) {
            jane.unlock();
          } else {
            jane.lock();
          }
          model.locked = !model.locked;
          break;
        case 4:
          if (model.restricted) {
            jane.restoreScope();
          } else {
            jane.restrictScope(Scope.of("read_free_busy"));
          }
          model.restricted = !model.restricted;
          break;
        case 5:
          world.expire(tokens.accessToken());
          model.tokenValid = false;
          break;
        case 6: {
          TokenResponse fresh = api.refresh(Worlds.CLIENT, tokens.refreshToken().orElseThrow()).toCompletableFuture()
              .orTimeout(5, SECONDS).join();
          tokens = fresh.toTokenSet(clock.instant(), tokens.refreshToken());
          model.tokenValid = true;
          break;
        }
        default:
          break;
      }
      check(api, tokens, model, at);
    }
  }

  private static int expectedStatus(Model model, boolean needsScope) {
    if (!model.tokenValid) {
      return 401;
    }
    if (model.locked) {
      return 423;
    }
    return needsScope && model.restricted ? 403 : 200;
  }

  /** 200 for any success (the adapter hides 202), else the failure's status. */
  private static int status(CompletableFuture<?> future) {
    assertThat(future).isDone();
    try {
      future.orTimeout(5, SECONDS).join();
      return 200;
    } catch (CompletionException e) {
      return ((IdentityException) e.getCause()).status().orElseThrow();
    }
  }

  private void check(FakeIdentityApi api, TokenSet tokens, Model model, String at) {
    CompletableFuture<UserInfo> info = api.userInfo(tokens.accessToken()).toCompletableFuture();
    CompletableFuture<List<CalendarProfile>> profiles = api.profiles(tokens.accessToken()).toCompletableFuture();
    assertThat(status(info)).as(at).isEqualTo(expectedStatus(model, false));
    assertThat(status(profiles)).as(at).isEqualTo(expectedStatus(model, true));
    if (!info.isCompletedExceptionally()) {
      UserInfo me = info.orTimeout(5, SECONDS).join();
      Map<String, Boolean> seen = new HashMap<>();
      for (CalendarProfile p : me.profiles()) {
        seen.put(p.id().value(), p.connected().orElseThrow());
        assertThat(p.relinkUrl().isPresent()).as(at).isEqualTo(!p.connected().orElseThrow());
      }
      for (ConferencingProfile p : me.conferencingProfiles()) {
        seen.put(p.id().value(), p.connected().orElseThrow());
        assertThat(p.relinkUrl().isPresent()).as(at).isEqualTo(!p.connected().orElseThrow());
      }
      Map<String, Boolean> expected = new HashMap<>();
      for (String id : PROFILES) {
        if (!model.revoked.get(id)) {
          expected.put(id, model.connected.get(id));
        }
      }
      assertThat(seen).as(at).isEqualTo(expected);
      assertThat(me.scope()).as(at)
          .contains(model.restricted ? Scope.of("read_free_busy") : Scope.of("read_write"));
    }
  }
}
