package net.calkit.identity.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import net.calkit.identity.client.AccountSession;
import net.calkit.identity.client.IdentityClient;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.ClientSecret;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.fake.FakeAccount;
import net.calkit.identity.fake.FakeIdentityApi;
import net.calkit.identity.fake.FakeTokenStore;
import net.calkit.identity.json.IdentityJsonCodec;
import net.calkit.identity.json.RefreshRequest;
import net.calkit.identity.testkit.stub.HttpFault;
import net.calkit.identity.testkit.stub.RecordedRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No access token, refresh token or client secret in any {@code toString()} or exception message (cause
 * chains included), for seeded random secrets; and over the wire, none in the errors of hostile answers.
 */
@DisplayName("secrets never shown")
class SecretsTest {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/=!#$&'()*,;:@[]{}<>?|^`\"\\%";
  private static final int ROUNDS = 500;

  private static String secret(SplittableRandom random) {
    int length = 16 + random.nextInt(49);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  @Test
  @DisplayName("property: every public toString() holding a secret redacts it")
  void toStringsRedact() {
    long seed = Long.getLong("calkit.secrets.seed", 0x5EC2E7L);
    SplittableRandom random = new SplittableRandom(seed);
    IdentityClient client = IdentityClient.builder(FakeIdentityApi.create(net.calkit.identity.fake.FakeCronofy.create()))
        .build();
    for (int round = 0; round < ROUNDS; round++) {
      String access = secret(random);
      String refresh = secret(random);
      String clientSecret = secret(random);
      Secrets secrets = new Secrets().add(access).add(refresh).add(clientSecret);
      String where = "round " + round + " of seed " + seed + " (-Dcalkit.secrets.seed=" + seed + ")";
      TokenSet tokens = new TokenSet(AccessToken.of(access), Optional.of(RefreshToken.of(refresh)),
          Optional.of(Instant.EPOCH), Optional.of(Scope.parse("read_write")));
      ClientCredentials credentials = ClientCredentials.of("cli_x", clientSecret);
      FakeTokenStore store = new FakeTokenStore();
      store.save("key", tokens);
      List<Object> holders = new ArrayList<>(List.of(
          AccessToken.of(access), RefreshToken.of(refresh), ClientSecret.of(clientSecret), credentials, tokens,
          TokenSet.of(AccessToken.of(access)), TokenSet.of(AccessToken.of(access), RefreshToken.of(refresh)),
          new TokenResponse("bearer", AccessToken.of(access), Optional.of(RefreshToken.of(refresh)),
              Optional.of(Duration.ofSeconds(3600)), Optional.empty()),
          new RefreshRequest("refresh_token", credentials, RefreshToken.of(refresh)),
          client.session("key", tokens), store, store.saved().get(0), Optional.of(tokens), List.of(tokens),
          new RecordedRequest("POST", "/oauth/token", Optional.empty(),
              Map.of("Authorization", List.of("Bearer " + access)),
              IdentityJsonCodec.create().encodeRefreshRequest(credentials, RefreshToken.of(refresh)))));
      for (Object holder : holders) {
        secrets.assertAbsentFrom(where + ": toString() of " + holder.getClass().getName(), holder.toString());
      }
      // validation errors name the position, never the value
      for (Runnable invalid : List.<Runnable>of(() -> AccessToken.of(access + "\n"), () -> RefreshToken.of(" " + refresh),
          () -> ClientSecret.of(clientSecret + "\u0000"))) {
        try {
          invalid.run();
          throw new AssertionError(where + ": an invalid secret was accepted");
        } catch (IllegalArgumentException expected) {
          secrets.assertAbsentFrom(expected);
        }
      }
    }
  }

  @Test
  @DisplayName("the adapter withholds the token endpoint's bodies: a refresh answer echoing secrets shows none")
  void tokenEndpointBodiesWithheld() {
    try (Stack stack = Stack.start()) {
      FakeAccount account = stack.world.addAccount(a -> a.id("acc_secrets"));
      TokenSet tokens = account.issueTokens();
      stack.secrets.add(tokens);
      String echo = "{\"error\":\"invalid_grant\",\"refresh_token\":\"" + tokens.refreshToken().orElseThrow().value()
          + "\",\"client_secret\":\"" + Stack.CLIENT.clientSecret().value() + "\"}";
      for (HttpFault fault : List.of(HttpFault.status(400, Map.of(), echo), HttpFault.status(500, Map.of(), echo),
          HttpFault.status(401, Map.of(), echo), HttpFault.body(200, "application/json",
              ("{\"access_token\":\"" + tokens.accessToken().value() + "\",\"expires_in\":\"x\", \"refresh_token\":"
                  + "\"" + tokens.refreshToken().orElseThrow().value()).getBytes(StandardCharsets.UTF_8)))) {
        stack.stub.fault("/oauth/token", fault);
        CompletableFuture<TokenResponse> refresh = stack.api.refresh(Stack.CLIENT, tokens.refreshToken().orElseThrow());
        Throwable failure = Calls.failure(refresh);
        assertThat(failure).isInstanceOf(IdentityException.class);
        stack.secrets.assertAbsentFrom(failure);
      }
    }
  }

  @Test
  @DisplayName("an API error body echoing the bearer token never reaches the message")
  void apiErrorBodyEchoingTheToken() {
    try (Stack stack = Stack.start()) {
      FakeAccount account = stack.world.addAccount(a -> a.id("acc_echo"));
      TokenSet tokens = account.issueTokens();
      stack.secrets.add(tokens);
      stack.stub.fault("/v1/userinfo", HttpFault.status(500, Map.of(), "upstream rejected Authorization: Bearer "
          + tokens.accessToken().value()));
      AccountSession session = stack.client().build().session("echo", tokens);
      Throwable failure = Calls.failure(session.userInfo());
      stack.secrets.assertAbsentFrom(failure);
    }
  }

  @Test
  @DisplayName("the codec's token-response errors do not quote the body's tokens")
  void codecTokenResponseErrorQuotesTheBody() {
    String access = "at_CodecLeakCheck0123456789";
    byte[] body = ("{\"access_token\":\"" + access + "\",\"expires_in\":[1,2]").getBytes(StandardCharsets.UTF_8);
    Secrets secrets = new Secrets().add(access);
    try {
      IdentityJsonCodec.create().decodeTokenResponse(body);
      throw new AssertionError("a malformed token response was accepted");
    } catch (IdentityException expected) {
      secrets.assertAbsentFrom(expected);
    }
  }
}
