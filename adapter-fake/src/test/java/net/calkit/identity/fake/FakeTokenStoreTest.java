package net.calkit.identity.fake;

import static net.calkit.identity.fake.Stages.failure;
import static net.calkit.identity.fake.Stages.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import net.calkit.identity.domain.credentials.TokenSet;
import org.junit.jupiter.api.Test;

class FakeTokenStoreTest {
  private final FakeAccount jane = Worlds.withJane(Worlds.clock()).account(Worlds.JANE);
  private final FakeTokenStore store = new FakeTokenStore();

  @Test
  void recordsEverySaveAndKnowsTheLatestPerKey() {
    TokenSet first = jane.issueTokens();
    TokenSet second = jane.issueTokens();

    value(store.save("jane", first));
    value(store.save("bob", second));
    value(store.save("jane", second));

    assertThat(store.saved()).containsExactly(new FakeTokenStore.Saved("jane", first),
        new FakeTokenStore.Saved("bob", second), new FakeTokenStore.Saved("jane", second));
    assertThat(store.latest("jane")).contains(second);
    assertThat(store.latest("nobody")).isEmpty();
  }

  @Test
  void failsTheNextSavesWhenToldAndStoresNothingThen() {
    TokenSet tokens = jane.issueTokens();
    store.failNext(2);

    assertThat(failure(store.save("jane", tokens))).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("scripted token store failure");
    assertThat(failure(store.save("jane", tokens))).isInstanceOf(UncheckedIOException.class);
    value(store.save("jane", tokens));

    assertThat(store.saved()).hasSize(1);
  }

  @Test
  void toStringShowsNoTokens() {
    TokenSet tokens = jane.issueTokens();
    value(store.save("jane", tokens));

    assertThat(store.saved().get(0).toString()).doesNotContain(tokens.accessToken().value())
        .doesNotContain(tokens.refreshToken().orElseThrow().value());
  }
}
