package net.calkit.identity.json;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.calkit.identity.domain.UserInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("one codec shared by many threads")
class ConcurrencyTest {
  @Test
  @DisplayName("concurrent decodes and encodes give the same results as sequential ones")
  void shared() throws Exception {
    IdentityJsonCodec codec = IdentityJsonCodec.create();
    long seed = RoundTripPropertyTest.seed();
    DomainGenerator gen = new DomainGenerator(seed);
    List<UserInfo> values = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      values.add(gen.userInfo());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<Boolean>> results = new ArrayList<>();
      for (int worker = 0; worker < 8; worker++) {
        results.add(CompletableFuture.supplyAsync(() -> {
          for (UserInfo value : values) {
            if (!codec.decodeUserInfo(codec.encodeUserInfo(value)).equals(value)) {
              return false;
            }
          }
          return true;
        }, pool));
      }
      for (CompletableFuture<Boolean> result : results) {
        assertThat(result.get(60, SECONDS)).as("seed %d", seed).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
