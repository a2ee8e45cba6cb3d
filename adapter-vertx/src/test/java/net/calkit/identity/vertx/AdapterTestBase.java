package net.calkit.identity.vertx;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.SelfSignedCertificate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.json.IdentityJsonCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared fixture: the adapter runs on a {@link StrictVertx} (blocked event loops and unhandled
 * exceptions fail every test in {@link #tearDown()}), the scripted {@link TestServer} on its own Vert.x
 * instance so that server-side noise never counts against the adapter.
 */
abstract class AdapterTestBase {
  static final AccessToken TOKEN = AccessToken.of("at_S3cretAccessToken");
  static final RefreshToken REFRESH = RefreshToken.of("rt_S3cretRefreshToken");
  static final ClientCredentials CLIENT = ClientCredentials.of("client-id-1", "cs_S3cretClientSecret");
  static final ProfileId PROFILE = ProfileId.of("pro_n23kjnwrw2");
  static final IdentityJsonCodec CODEC = IdentityJsonCodec.create();

  static StrictVertx strict;
  static Vertx serverVertx;
  private static boolean warmedUp;

  TestServer server;
  final List<VertxIdentityApi> apis = new ArrayList<>();
  final List<TestServer> extraServers = new ArrayList<>();

  @BeforeAll
  static void startVertx() throws Exception {
    serverVertx = Vertx.vertx();
    warmUp();
    strict = new StrictVertx();
  }

  @AfterAll
  static void stopVertx() throws Exception {
    if (strict != null) {
      strict.close();
    }
    serverVertx.close().toCompletionStage().toCompletableFuture().get(10, SECONDS);
  }

  /**
   * Loads and links the classes of every path once (Jackson, Netty, JDK TLS, the adapter) before the strict
   * instance exists, so that its blocked-thread budget measures steady-state work, not class loading.
   */
  private static void warmUp() throws Exception {
    if (warmedUp) {
      return;
    }
    warmedUp = true;
    Vertx vertx = Vertx.vertx();
    try {
      warmUpCalls(vertx);
      warmUpTls(vertx);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, SECONDS);
    }
  }

  private static void warmUpCalls(Vertx vertx) throws Exception {
    try (TestServer warm = TestServer.start(serverVertx)) {
      VertxIdentityApi api = VertxIdentityApi.create(vertx, VertxIdentityOptions.builder().endpoint(warm.endpoint())
          .build());
      List<Supplier<CompletableFuture<?>>> calls = List.of(
          () -> api.userInfo(TOKEN), () -> api.account(TOKEN), () -> api.profiles(TOKEN),
          () -> api.revokeProfile(TOKEN, PROFILE), () -> api.refresh(CLIENT, REFRESH), () -> api.account(TOKEN),
          () -> api.refresh(CLIENT, REFRESH), () -> api.account(TOKEN));
      List<TestServer.Responder> answers = List.of(
          TestServer.json(200, example("userinfo-account.json")), TestServer.json(200, example("account.json")),
          TestServer.json(200, example("profiles.json")), TestServer.json(202, ""),
          TestServer.json(200, example("token-refresh.json")),
          TestServer.json(422, "{\"errors\":{\"x\":[{\"key\":\"k\"}]}}"),
          TestServer.json(400, "{\"error\":\"invalid_grant\"}"), TestServer.json(200, "<html>"));
      for (int i = 0; i < calls.size(); i++) {
        warm.enqueue(answers.get(i));
        calls.get(i).get().handle((value, failure) -> null).get(30, SECONDS);
      }
      api.close().toCompletionStage().toCompletableFuture().get(15, SECONDS);
    }
  }

  private static void warmUpTls(Vertx vertx) throws Exception {
    SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
    try (TestServer tls = TestServer.start(serverVertx,
        new HttpServerOptions().setSsl(true).setKeyCertOptions(certificate.keyCertOptions()))) {
      VertxIdentityApi api = VertxIdentityApi.create(vertx, VertxIdentityOptions.builder()
          .baseUrl("https://localhost:" + tls.port()).build());
      api.account(TOKEN).handle((value, failure) -> null).get(30, SECONDS);
      api.close().toCompletionStage().toCompletableFuture().get(15, SECONDS);
    } finally {
      certificate.delete();
    }
  }

  @BeforeEach
  void startServer() throws Exception {
    server = TestServer.start(serverVertx);
  }

  @AfterEach
  void tearDown() throws Exception {
    try {
      for (VertxIdentityApi api : apis) {
        api.close().toCompletionStage().toCompletableFuture().get(15, SECONDS);
      }
      server.close();
      for (TestServer extra : extraServers) {
        extra.close();
      }
    } finally {
      strict.assertClean();
    }
  }

  /** An adapter on the strict instance, pointed at {@link #server}, with the default options. */
  VertxIdentityApi api(UnaryOperator<VertxIdentityOptions.Builder> customize) {
    VertxIdentityOptions options = customize.apply(VertxIdentityOptions.builder().endpoint(server.endpoint())).build();
    VertxIdentityApi api = VertxIdentityApi.create(strict.vertx, options);
    apis.add(api);
    return api;
  }

  /** An adapter with the test defaults. */
  VertxIdentityApi api() {
    return api(builder -> builder);
  }

  /** Another server, closed after the test. */
  TestServer anotherServer() throws Exception {
    TestServer extra = TestServer.start(serverVertx);
    extraServers.add(extra);
    return extra;
  }

  /** A documented example body from the test resources. */
  static String example(String name) {
    try (InputStream in = AdapterTestBase.class.getResourceAsStream("/cronofy-examples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no example " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of {@link #example(String)}. */
  static byte[] exampleBytes(String name) {
    return example(name).getBytes(StandardCharsets.UTF_8);
  }
}
