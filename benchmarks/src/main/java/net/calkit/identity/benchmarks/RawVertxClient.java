package net.calkit.identity.benchmarks;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionStage;

/**
 * The round-trip baseline: what a user would write by hand without this library. A Vert.x WebClient
 * {@code GET /v1/userinfo} with a bearer header, a status check, and Jackson databind into plain
 * records; no retries, no deadline, no typed errors.
 */
final class RawVertxClient {
  private final WebClient client;
  private final int port;
  private final String authorization;

  RawVertxClient(Vertx vertx, int port, int poolSize, String accessToken) {
    this.client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setFollowRedirects(false),
        new PoolOptions().setHttp1MaxSize(poolSize));
    this.port = port;
    this.authorization = "Bearer " + accessToken;
  }

  /** One call: GET, check 200, parse. */
  CompletionStage<Dtos.UserInfoDto> userInfo() {
    return client.get(port, "127.0.0.1", "/v1/userinfo")
        .putHeader("Authorization", authorization)
        .putHeader("Accept", "application/json")
        .send()
        .compose(RawVertxClient::parse)
        .toCompletionStage();
  }

  private static Future<Dtos.UserInfoDto> parse(HttpResponse<io.vertx.core.buffer.Buffer> response) {
    if (response.statusCode() != 200) {
      return Future.failedFuture("HTTP " + response.statusCode());
    }
    try {
      return Future.succeededFuture(Dtos.USER_INFO.readValue(response.bodyAsBuffer().getBytes()));
    } catch (IOException e) {
      return Future.failedFuture(new UncheckedIOException(e));
    }
  }

  void close() {
    client.close();
  }
}
