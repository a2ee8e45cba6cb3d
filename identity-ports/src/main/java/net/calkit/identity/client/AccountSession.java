package net.calkit.identity.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.TokenSet;

/**
 * The calls of one authorization, thread-safe and shared by all callers acting for it. Each returned
 * stage completes exactly once, never throws synchronously and never blocks the caller. It completes
 * on the thread that completed the adapter's attempt (an event loop for {@code adapter-vertx}) or on
 * the {@link Scheduler}'s thread when a deadline passes; use the {@code *Async} variants for blocking
 * work.
 */
public final class AccountSession {
  private final IdentityClient client;
  private final String key;
  private volatile TokenSet tokens;

  AccountSession(IdentityClient client, String key, TokenSet tokens) {
    this.client = Objects.requireNonNull(client, "client == null");
    this.key = Objects.requireNonNull(key, "key == null");
    this.tokens = Objects.requireNonNull(tokens, "tokens == null");
  }

  /** The name given to the token store. */
  public String key() {
    return key;
  }

  /** The current tokens: the latest stored rotation, or those the session started with. */
  public TokenSet tokens() {
    return tokens;
  }

  /** {@code GET /v1/userinfo}. */
  public CompletionStage<UserInfo> userInfo() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** {@code GET /v1/account}. */
  public CompletionStage<Account> account() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** {@code GET /v1/profiles}. */
  public CompletionStage<List<CalendarProfile>> profiles() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** {@code POST /v1/profiles/{id}/revoke}. */
  public CompletionStage<Void> revokeProfile(ProfileId profileId) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public String toString() {
    return "AccountSession[key=" + key + ", tokens=" + tokens + "]";
  }
}
