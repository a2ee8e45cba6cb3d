package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values kept as received text: time zone names and relink URLs. */
class TextValuesTest {

  @Test
  void aKnownZoneResolves() {
    TimeZoneName zone = TimeZoneName.of("Europe/London");
    assertThat(zone.value()).isEqualTo("Europe/London");
    assertThat(zone.zoneId()).contains(ZoneId.of("Europe/London"));
    assertThat(zone).hasToString("Europe/London");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mars/Olympus_Mons", "not a zone", "Europe/", "\u00e9"})
  void anUnknownZoneIsKeptAsText(String name) {
    TimeZoneName zone = TimeZoneName.of(name);
    assertThat(zone.value()).isEqualTo(name);
    assertThat(zone.zoneId()).isEmpty();
  }

  @Test
  void anEmptyZoneNameIsRejected() {
    assertThatThrownBy(() -> TimeZoneName.of("")).hasMessage("time zone name must not be empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://app.cronofy.com/oauth/profiles/pro_n23kjnwrw2/relink",
      "HTTP://localhost:8080/relink?x=1",
      "https://app-uk.cronofy.com/relink#top"})
  void aValidRelinkUrlParses(String text) {
    RelinkUrl url = RelinkUrl.of(text);
    assertThat(url.isValid()).isTrue();
    assertThat(url.uri()).contains(URI.create(text));
    assertThat(url.value()).isEqualTo(text);
    assertThat(url).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a url", "/relative/path", "mailto:someone@example.com", "ftp://example.com/x",
      "https://", "https://exa mple.com", "javascript:alert(1)"})
  void anInvalidRelinkUrlIsKeptVerbatimButNotValid(String text) {
    RelinkUrl url = RelinkUrl.of(text);
    assertThat(url.value()).isEqualTo(text);
    assertThat(url.isValid()).isFalse();
    assertThat(url.uri()).isEmpty();
  }

  @Test
  void anEmptyRelinkUrlIsRejected() {
    assertThatThrownBy(() -> RelinkUrl.of("")).hasMessage("relink url must not be empty");
  }
}
