package net.calkit.identity.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyExcerptTest {

  @Test
  void shortBodiesAreKeptAsTheyAre() {
    assertThat(BodyExcerpt.of("{\"errors\":{}}")).isEqualTo("{\"errors\":{}}");
    assertThat(BodyExcerpt.of("")).isEmpty();
    assertThat(BodyExcerpt.of(null)).isEmpty();
    assertThat(BodyExcerpt.of("caf\u00e9 \u2603")).as("non-control Unicode is kept").isEqualTo("caf\u00e9 \u2603");
  }

  @Test
  void exactlyTheLimitIsNotCut() {
    String body = "b".repeat(BodyExcerpt.MAX_LENGTH);
    assertThat(BodyExcerpt.of(body)).isEqualTo(body);
  }

  @Test
  void longerBodiesAreCutAtTheLimitWithAnEllipsis() {
    String excerpt = BodyExcerpt.of("a".repeat(BodyExcerpt.MAX_LENGTH + 1));
    assertThat(excerpt).isEqualTo("a".repeat(200) + "...");
    assertThat(BodyExcerpt.of("z".repeat(1_000_000))).hasSize(203);
  }

  @Test
  void controlCharactersAreEscaped() {
    assertThat(BodyExcerpt.of("a\nb\rc\td\u0000e\u001bf\u007fg\u0085h\u2028i"))
        .isEqualTo("a\\nb\\rc\\u0009d\\u0000e\\u001bf\\u007fg\\u0085h\\u2028i");
  }

  @Test
  void escapingNeverTakesTheExcerptOverTheLimit() {
    String excerpt = BodyExcerpt.of("\u0001".repeat(1000));
    assertThat(excerpt).endsWith("...");
    assertThat(excerpt.length()).isLessThanOrEqualTo(BodyExcerpt.MAX_LENGTH + 3);
    assertThat(excerpt).isEqualTo("\\u0001".repeat(33) + "...");
  }

  @Test
  void aSurrogatePairIsNeverSplit() {
    String body = "a".repeat(BodyExcerpt.MAX_LENGTH - 1) + "\ud83d\ude00" + "tail";
    String excerpt = BodyExcerpt.of(body);
    assertThat(excerpt).isEqualTo("a".repeat(199) + "...");
    assertThat(BodyExcerpt.of("\ud83d\ude00")).isEqualTo("\ud83d\ude00");
  }
}
