package net.calkit.identity.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.SubjectId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.UserInfoType;
import net.calkit.identity.domain.credentials.TokenSet;

/**
 * A handle to one account of a {@link FakeCronofy} (of any {@link UserInfoType}): issues its tokens and
 * changes its state. Cheap to create; equal handles name the same account; thread-safe.
 */
public final class FakeAccount {
  private final FakeCronofy world;
  private final SubjectId id;

  FakeAccount(FakeCronofy world, SubjectId id) {
    this.world = world;
    this.id = id;
  }

  /** The account's ID ({@code sub}). */
  public SubjectId id() {
    return id;
  }

  /** Its kind: account, service account or application calendar. */
  public UserInfoType type() {
    return world.state(id).type;
  }

  /** The world it lives in. */
  public FakeCronofy world() {
    return world;
  }

  /** Issues a new token set, as an authorization would: 3600 s (1800 s for service accounts) on the world's clock. */
  public TokenSet issueTokens() {
    return world.issueTokens(id, Optional.empty());
  }

  /** Issues a new token set whose access token lives {@code lifetime} (zero gives an already expired token). */
  public TokenSet issueTokens(Duration lifetime) {
    Objects.requireNonNull(lifetime, "lifetime == null");
    if (lifetime.isNegative()) {
      throw new IllegalArgumentException("lifetime must not be negative: " + lifetime);
    }
    return world.issueTokens(id, Optional.of(lifetime));
  }

  /** Revokes every access and refresh token of the account (calls answer 401, refreshes 400 invalid_grant). */
  public void revokeAllTokens() {
    world.revokeAllTokens(id);
  }

  /** What {@code GET /v1/userinfo} answers now (ignoring locks, scope restrictions and faults). */
  public UserInfo userInfo() {
    return world.state(id).userInfoAnswer.value();
  }

  /** What {@code GET /v1/account} answers now (ignoring locks, scope restrictions and faults). */
  public Account account() {
    return world.state(id).accountAnswer.value();
  }

  /** What {@code GET /v1/profiles} answers now (ignoring locks, scope restrictions and faults). */
  public List<CalendarProfile> calendarProfiles() {
    return world.state(id).profilesAnswer.value();
  }

  /** Handles to every profile the account was given, revoked ones included: calendar profiles first. */
  public List<FakeProfile> profiles() {
    AccountState state = world.state(id);
    List<FakeProfile> out = new ArrayList<>();
    for (CalendarProfile profile : state.calendarProfiles) {
      out.add(new FakeProfile(this, profile.id()));
    }
    for (ConferencingProfile profile : state.conferencingProfiles) {
      out.add(new FakeProfile(this, profile.id()));
    }
    return List.copyOf(out);
  }

  /** The account's profile with {@code id}; throws {@link IllegalArgumentException} when it has none. */
  public FakeProfile profile(String profileId) {
    ProfileId pid = ProfileId.of(profileId);
    if (!world.state(id).owns(pid)) {
      throw new IllegalArgumentException("account " + id + " has no profile " + pid);
    }
    return new FakeProfile(this, pid);
  }

  /** Connects a new calendar profile (accounts only; an application calendar has exactly one). */
  public FakeProfile addCalendarProfile(Consumer<CalendarProfileSpec> profile) {
    requireAccountKind("calendar profiles");
    CalendarProfileSpec spec = new CalendarProfileSpec();
    Objects.requireNonNull(profile, "profile == null").accept(spec);
    return new FakeProfile(this, Objects.requireNonNull(world.addProfile(id, spec, null)));
  }

  /** Connects a new conferencing profile (accounts only); conferencing then counts as authorized. */
  public FakeProfile addConferencingProfile(Consumer<ConferencingProfileSpec> profile) {
    requireAccountKind("conferencing profiles");
    ConferencingProfileSpec spec = new ConferencingProfileSpec();
    Objects.requireNonNull(profile, "profile == null").accept(spec);
    return new FakeProfile(this, Objects.requireNonNull(world.addProfile(id, null, spec)));
  }

  /** Marks conferencing as authorized: userinfo lists {@code conferencing_profiles}, maybe empty (accounts only). */
  public void authorizeConferencing() {
    requireAccountKind("conferencing");
    world.update(id, draft -> draft.conferencingAuthorized = true);
  }

  /** Locks the account: every {@code /v1} call answers 423 until {@link #unlock()}. */
  public void lock() {
    world.update(id, draft -> draft.locked = true);
  }

  /** Unlocks the account. */
  public void unlock() {
    world.update(id, draft -> draft.locked = false);
  }

  /** Whether the account is locked. */
  public boolean isLocked() {
    return world.state(id).locked;
  }

  /**
   * Narrows the granted scope to {@code narrowed}: account, profiles and revoke answer 403; userinfo still
   * answers and, like refreshes, reports the narrowed scope. Undone by {@link #restoreScope()}.
   */
  public void restrictScope(Scope narrowed) {
    Objects.requireNonNull(narrowed, "narrowed == null");
    world.update(id, draft -> {
      draft.scope = narrowed;
      draft.scopeRestricted = true;
    });
  }

  /** Gives back the scope the account was seeded with and lifts the 403s. */
  public void restoreScope() {
    world.update(id, draft -> {
      draft.scope = draft.seededScope;
      draft.scopeRestricted = false;
    });
  }

  /** The scope granted now. */
  public Scope scope() {
    return world.state(id).scope;
  }

  private void requireAccountKind(String what) {
    UserInfoType type = type();
    if (!type.equals(UserInfoType.ACCOUNT)) {
      throw new IllegalStateException(type + " " + id + " cannot have " + what);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FakeAccount && ((FakeAccount) other).world == world && ((FakeAccount) other).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "FakeAccount[" + id + "]";
  }
}
