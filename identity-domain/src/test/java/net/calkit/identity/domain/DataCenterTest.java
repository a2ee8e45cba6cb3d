package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DataCenterTest {

  @ParameterizedTest
  @CsvSource({
      "us, US, United States, api.cronofy.com, app.cronofy.com",
      "uk, UK, United Kingdom, api-uk.cronofy.com, app-uk.cronofy.com",
      "de, DE, Germany, api-de.cronofy.com, app-de.cronofy.com",
      "au, AU, Australia, api-au.cronofy.com, app-au.cronofy.com",
      "ca, CA, Canada, api-ca.cronofy.com, app-ca.cronofy.com",
      "sg, SG, Singapore, api-sg.cronofy.com, app-sg.cronofy.com"})
  void eachDataCenterHasItsHosts(String id, DataCenter expected, String region, String apiHost, String appHost) {
    DataCenter dc = DataCenter.parse(id);
    assertThat(dc).isSameAs(expected);
    assertThat(dc.id()).isEqualTo(id);
    assertThat(dc).hasToString(id);
    assertThat(dc.region()).isEqualTo(region);
    assertThat(dc.apiHost()).isEqualTo(apiHost);
    assertThat(dc.appHost()).isEqualTo(appHost);
    assertThat(dc.apiBaseUri()).isEqualTo(URI.create("https://" + apiHost));
    assertThat(dc.appBaseUri()).isEqualTo(URI.create("https://" + appHost));
    assertThat(ApiEndpoint.of(dc).baseUri()).isEqualTo(URI.create("https://" + apiHost));
  }

  @Test
  void thereAreSixAndUsIsTheDefault() {
    assertThat(DataCenter.values()).hasSize(6);
    assertThat(DataCenter.DEFAULT).isSameAs(DataCenter.US);
    assertThat(DataCenter.validIds()).isEqualTo("us, uk, de, au, ca, sg");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE", "De", "dE", " de ", "\tde\n"})
  void parsesAnyCaseAndIgnoresSurroundingWhitespace(String text) {
    assertThat(DataCenter.parse(text)).isSameAs(DataCenter.DE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eu", "", "  ", "api-de", "d e", "united kingdom", "gb"})
  void anUnknownIdentifierNamesTheBadValueAndTheValidOnes(String text) {
    assertThatThrownBy(() -> DataCenter.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown data center \"" + text.replace("\t", "\\u0009") + "\"; expected one of: us, uk, de, au, ca, sg");
  }

  @Test
  void theBadValueIsEscapedInTheMessage() {
    assertThatThrownBy(() -> DataCenter.parse("x\r\ny"))
        .hasMessageStartingWith("unknown data center \"x\\u000d\\u000ay\"");
  }

  @Test
  void nullIsRejected() {
    assertThatThrownBy(() -> DataCenter.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void hostsAreDistinct() {
    assertThat(List.of(DataCenter.values()).stream().map(DataCenter::apiHost).distinct()).hasSize(6);
    assertThat(List.of(DataCenter.values()).stream().map(DataCenter::appHost).distinct()).hasSize(6);
  }
}
