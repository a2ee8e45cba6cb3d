package net.calkit.identity.json;

import static net.calkit.identity.json.Bodies.example;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.AccountId;
import net.calkit.identity.domain.ApplicationCalendar;
import net.calkit.identity.domain.ApplicationCalendarId;
import net.calkit.identity.domain.Authorization;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.CronofyData;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.ServiceAccount;
import net.calkit.identity.domain.SubjectId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.UserInfoType;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("encoding")
class EncodingTest {
  private final IdentityJsonCodec codec = IdentityJsonCodec.create();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"userinfo-account.json", "userinfo-account-legacy.json", "userinfo-conferencing-profiles.json"})
  @DisplayName("documented userinfo bodies re-encode to the same JSON, keys in the same order")
  void userInfoExamples(String name) {
    byte[] original = example(name);
    byte[] encoded = codec.encodeUserInfo(codec.decodeUserInfo(original));

    JsonTrees.assertSameJson(encoded, original);
    assertThat(Bodies.text(encoded)).isEqualTo(compact(original));
  }

  @Test
  @DisplayName("documented account and profiles bodies re-encode to the same JSON, keys in the same order")
  void accountAndProfilesExamples() {
    for (String name : List.of("account.json")) {
      byte[] encoded = codec.encodeAccount(codec.decodeAccount(example(name)));
      assertThat(Bodies.text(encoded)).isEqualTo(compact(example(name)));
    }
    for (String name : List.of("profiles.json", "profiles-legacy.json")) {
      byte[] encoded = codec.encodeProfiles(codec.decodeProfiles(example(name)));
      assertThat(Bodies.text(encoded)).isEqualTo(compact(example(name)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"token-refresh.json", "token-refresh-service-account.json"})
  @DisplayName("documented token answers re-encode to the same JSON, keys in the same order")
  void tokenExamples(String name) {
    byte[] encoded = codec.encodeTokenResponse(codec.decodeTokenResponse(example(name)));

    assertThat(Bodies.text(encoded)).isEqualTo(compact(example(name)));
  }

  @Test
  @DisplayName("the authorization-code answer keeps its modelled attributes and drops the rest")
  @SuppressWarnings("unchecked")
  void authorizationCodeAnswer() {
    byte[] encoded = codec.encodeTokenResponse(codec.decodeTokenResponse(example("token-authorization-code.json")));

    Map<String, Object> original = (Map<String, Object>) JsonTrees.parse(example("token-authorization-code.json"));
    original.keySet().removeAll(List.of("account_id", "sub", "linking_profile"));
    assertThat(JsonTrees.parse(encoded)).isEqualTo(original);
  }

  @Test
  @DisplayName("the refresh request: client_id, client_secret, grant_type, refresh_token in that order")
  void refreshRequest() {
    byte[] body = codec.encodeRefreshRequest(ClientCredentials.of("{CLIENT_ID}", "{CLIENT_SECRET}"),
        RefreshToken.of("{REFRESH_TOKEN}"));

    assertThat(Bodies.text(body)).isEqualTo(compact(example("token-refresh-request.json")));
  }

  @Test
  @DisplayName("absent optionals are omitted, present empty lists are written as []")
  void absentAndEmpty() {
    UserInfo bare = UserInfo.of(SubjectId.of("acc_1"));
    assertThat(Bodies.text(codec.encodeUserInfo(bare))).isEqualTo("{\"sub\":\"acc_1\"}");

    UserInfo empty = bare.withData(new CronofyData(Optional.empty(), Optional.of(List.of()), Optional.of(List.of()),
        Optional.empty(), Optional.empty()));
    assertThat(Bodies.text(codec.encodeUserInfo(empty)))
        .isEqualTo("{\"sub\":\"acc_1\",\"cronofy.data\":{\"profiles\":[],\"conferencing_profiles\":[]}}");

    CalendarProfile noCalendars = CalendarProfile.of(ProfileId.of("pro_1")).withCalendars(List.of());
    assertThat(Bodies.text(codec.encodeProfiles(List.of(noCalendars))))
        .isEqualTo("{\"profiles\":[{\"profile_id\":\"pro_1\",\"profile_calendars\":[]}]}");
    assertThat(Bodies.text(codec.encodeAccount(Account.of(AccountId.of("acc_1")))))
        .isEqualTo("{\"account\":{\"account_id\":\"acc_1\"}}");
    assertThat(Bodies.text(codec.encodeProfiles(List.of()))).isEqualTo("{\"profiles\":[]}");
  }

  @Test
  @DisplayName("service accounts and application calendars are written as Cronofy sends them")
  void variantsKeyOrder() {
    UserInfo serviceAccount = new UserInfo(SubjectId.of("ser_1"), Optional.of("svc@example.org"), Optional.empty(),
        Optional.empty(), Optional.of(UserInfoType.SERVICE_ACCOUNT), Optional.empty(), Optional.of(new CronofyData(
            Optional.of(new Authorization(Optional.of(Scope.of("service_account/accounts/manage")), Optional.empty(),
                Optional.of(Scope.of("read_write")))),
            Optional.empty(), Optional.empty(),
            Optional.of(new ServiceAccount(Optional.of(CalendarProvider.GOOGLE), Optional.of("example.org"))),
            Optional.empty())));
    assertThat(Bodies.text(codec.encodeUserInfo(serviceAccount))).isEqualTo(
        "{\"sub\":\"ser_1\",\"email\":\"svc@example.org\",\"cronofy.type\":\"service_account\",\"cronofy.data\":"
            + "{\"service_account\":{\"provider_name\":\"google\",\"domain\":\"example.org\"},\"authorization\":"
            + "{\"scope\":\"service_account/accounts/manage\",\"delegated_scope\":\"read_write\"}}}");

    UserInfo applicationCalendar = new UserInfo(SubjectId.of("apc_1"), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(UserInfoType.APPLICATION_CALENDAR),
        Optional.of(ApplicationCalendarId.of("app01")), Optional.of(new CronofyData(Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.of(new ApplicationCalendar(Optional.of(ApplicationCalendarId.of("app01")))))));
    assertThat(JsonTrees.keys(codec.encodeUserInfo(applicationCalendar)))
        .containsExactly("sub", "cronofy.type", "cronofy.data", "application_calendar_id");
  }

  @Test
  @DisplayName("conferencing profiles body, and its decoder")
  void conferencingProfiles() {
    List<ConferencingProfile> profiles = List.of(
        ConferencingProfile.connected(ProfileId.of("pro_1"), ConferencingProvider.ZOOM, "me@example.org"),
        ConferencingProfile.connected(ProfileId.of("pro_2"), ConferencingProvider.of("webex"), "x")
            .asDisconnected(Optional.of(net.calkit.identity.domain.RelinkUrl.of("https://app.cronofy.com/relink"))));

    byte[] body = codec.encodeConferencingProfiles(profiles);

    assertThat(Bodies.text(body)).startsWith("{\"conferencing_profiles\":[{\"provider_name\":\"zoom\",\"profile_id\":\"pro_1\","
        + "\"profile_name\":\"me@example.org\",\"profile_connected\":true}");
    assertThat(codec.decodeConferencingProfiles(body)).isEqualTo(profiles);
  }

  @Test
  @DisplayName("tokens: expires_in in whole seconds (rounded up), optional refresh token and scope")
  void tokens() {
    TokenResponse response = new TokenResponse("bearer", AccessToken.of("a"), Optional.empty(),
        Optional.of(Duration.ofMillis(1500)), Optional.empty());

    assertThat(Bodies.text(codec.encodeTokenResponse(response)))
        .isEqualTo("{\"token_type\":\"bearer\",\"access_token\":\"a\",\"expires_in\":2}");
  }

  @Test
  @DisplayName("UTF-8 output, with characters outside ASCII written as themselves")
  void utf8() {
    UserInfo info = UserInfo.of(SubjectId.of("acc_1"));
    info = new UserInfo(info.sub(), Optional.empty(), Optional.of("Zo\u00eb \u5c71\u7530 \"q\" \\ \n"),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    byte[] body = codec.encodeUserInfo(info);

    assertThat(new String(body, StandardCharsets.UTF_8))
        .isEqualTo("{\"sub\":\"acc_1\",\"name\":\"Zo\u00eb \u5c71\u7530 \\\"q\\\" \\\\ \\n\"}");
    assertThat(codec.decodeUserInfo(body)).isEqualTo(info);
  }

  /** The same JSON without insignificant whitespace (the examples contain no spaces inside strings that matter). */
  private static String compact(byte[] pretty) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    String text = Bodies.text(pretty);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
        inString = !inString;
      }
      if (inString || !Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
