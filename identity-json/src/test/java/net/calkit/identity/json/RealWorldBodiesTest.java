package net.calkit.identity.json;

import static net.calkit.identity.json.Bodies.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.ApplicationCalendar;
import net.calkit.identity.domain.ApplicationCalendarId;
import net.calkit.identity.domain.AuthorizationStatus;
import net.calkit.identity.domain.Calendar;
import net.calkit.identity.domain.CalendarId;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.ConnectionState;
import net.calkit.identity.domain.CronofyData;
import net.calkit.identity.domain.PermissionLevel;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.ServiceAccount;
import net.calkit.identity.domain.SubjectId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.UserInfoType;
import net.calkit.identity.domain.credentials.TokenResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Bodies shaped like those in the official Cronofy SDKs' test suites (service accounts, application
 * calendars, odd type values) and the permissive cases: unknown keys everywhere, nulls, minimal bodies.
 */
@DisplayName("real-world and permissive bodies")
class RealWorldBodiesTest {
  private final IdentityJsonCodec codec = IdentityJsonCodec.create();

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Nested
  @DisplayName("userinfo variants")
  class Variants {
    @Test
    @DisplayName("a service account: service_account first, delegated_scope, email last, no profiles")
    void serviceAccount() {
      UserInfo info = codec.decodeUserInfo(utf8("""
          {
            "sub": "ser_61a8b807a341fc00bee53042",
            "cronofy.type": "service_account",
            "cronofy.data": {
              "service_account": {"provider_name": "google", "domain": "example.org"},
              "authorization": {
                "scope": "service_account/accounts/manage service_account/resources/manage",
                "status": "active",
                "delegated_scope": "read_write"
              }
            },
            "email": "service-account@example.org"
          }
          """));

      assertThat(info.sub()).isEqualTo(SubjectId.of("ser_61a8b807a341fc00bee53042"));
      assertThat(info.type()).contains(UserInfoType.SERVICE_ACCOUNT);
      assertThat(info.email()).contains("service-account@example.org");
      assertThat(info.name()).isEmpty();
      assertThat(info.zoneInfo()).isEmpty();
      assertThat(info.serviceAccount())
          .contains(new ServiceAccount(Optional.of(CalendarProvider.GOOGLE), Optional.of("example.org")));
      assertThat(info.scope()).contains(
          Scope.of("service_account/accounts/manage", "service_account/resources/manage"));
      assertThat(info.authorization().orElseThrow().delegatedScope()).contains(Scope.of("read_write"));
      assertThat(info.authorization().orElseThrow().status()).contains(AuthorizationStatus.ACTIVE);
      assertThat(info.data().orElseThrow().profiles()).isEmpty();
      assertThat(info.profiles()).isEmpty();
      assertThat(info.conferencingAuthorized()).isFalse();
    }

    @Test
    @DisplayName("an Exchange service account without a domain")
    void exchangeServiceAccountWithoutDomain() {
      UserInfo info = codec.decodeUserInfo(json(
          "{'sub':'ser_1','cronofy.type':'service_account','cronofy.data':{'service_account':"
              + "{'provider_name':'exchange'},'authorization':{'scope':'service_account/accounts/manage',"
              + "'delegated_scope':'read_write'}},'email':'svc@example.org'}"));

      assertThat(info.serviceAccount())
          .contains(new ServiceAccount(Optional.of(CalendarProvider.EXCHANGE), Optional.empty()));
    }

    @Test
    @DisplayName("an application calendar: top-level application_calendar_id and one cronofy profile")
    void applicationCalendar() {
      UserInfo info = codec.decodeUserInfo(utf8("""
          {
            "sub": "apc_618a6dc923347b00a4ac6438",
            "cronofy.type": "application_calendar",
            "cronofy.data": {
              "application_calendar": {"application_calendar_id": "app01"},
              "authorization": {"scope": "read_write", "status": "active"},
              "profiles": [
                {
                  "provider_name": "cronofy",
                  "provider_service": "cronofy",
                  "profile_id": "pro_YYptyBKGewCkrTTz",
                  "profile_name": "app01",
                  "profile_connected": true,
                  "profile_initial_sync_required": false,
                  "profile_calendars": [
                    {
                      "calendar_id": "cal_YYptyBKGewCkrTTz_0000000000",
                      "calendar_name": "app01",
                      "calendar_readonly": false,
                      "calendar_deleted": false,
                      "calendar_primary": true,
                      "calendar_integrated_conferencing_available": false,
                      "calendar_attachments_available": false,
                      "permission_level": "unrestricted"
                    }
                  ]
                }
              ]
            },
            "application_calendar_id": "app01"
          }
          """));

      assertThat(info.type()).contains(UserInfoType.APPLICATION_CALENDAR);
      assertThat(info.applicationCalendarId()).contains(ApplicationCalendarId.of("app01"));
      assertThat(info.data().flatMap(CronofyData::applicationCalendar))
          .contains(new ApplicationCalendar(Optional.of(ApplicationCalendarId.of("app01"))));
      assertThat(info.email()).isEmpty();
      assertThat(info.profiles()).singleElement().satisfies(profile -> {
        assertThat(profile.provider()).contains(CalendarProvider.CRONOFY);
        assertThat(profile.service()).contains(ProviderService.CRONOFY);
        assertThat(profile.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(profile.calendarList()).singleElement().satisfies(calendar -> {
          assertThat(calendar.id()).isEqualTo(CalendarId.of("cal_YYptyBKGewCkrTTz_0000000000"));
          assertThat(calendar.permissionLevel()).contains(PermissionLevel.UNRESTRICTED);
          assertThat(calendar.primary()).contains(true);
        });
      });
      // re-encoding keeps both application calendar IDs
      assertThat(codec.decodeUserInfo(codec.encodeUserInfo(info))).isEqualTo(info);
    }

    @Test
    @DisplayName("an unknown cronofy.type (even an e-mail address, as one SDK test uses) is kept verbatim")
    void unknownType() {
      UserInfo info = codec.decodeUserInfo(json("{'sub':'acc_567236000909002','cronofy.type':'janed@company.com'}"));

      assertThat(info.type()).contains(UserInfoType.of("janed@company.com"));
      assertThat(info.type().orElseThrow().isKnown()).isFalse();
      assertThat(Bodies.text(codec.encodeUserInfo(info))).contains("\"cronofy.type\":\"janed@company.com\"");
    }

    @Test
    @DisplayName("a flattened key that merely looks like a path is an unknown key, not cronofy.data")
    void flattenedKeyIsUnknown() {
      UserInfo info = codec.decodeUserInfo(json(
          "{'sub':'acc_1','cronofy.type':'account',"
              + "'cronofy.data.profiles.profile_calendars.calendar_integrated_conferencing_available':'true'}"));

      assertThat(info.data()).isEmpty();
      assertThat(info.profiles()).isEmpty();
    }

    @Test
    @DisplayName("unknown providers, services, permission levels and statuses are kept and round-trip")
    void unknownEnumValues() {
      UserInfo info = codec.decodeUserInfo(json(
          "{'sub':'acc_1','cronofy.data':{'authorization':{'scope':'read_write','status':'suspended'},"
              + "'profiles':[{'provider_name':'caldav','provider_service':'fastmail','profile_id':'pro_1',"
              + "'profile_calendars':[{'calendar_id':'cal_1','permission_level':'owner'}]}],"
              + "'conferencing_profiles':[{'provider_name':'webex','profile_id':'pro_2'}]}}"));

      CalendarProfile profile = info.profiles().get(0);
      assertThat(profile.provider()).contains(CalendarProvider.of("caldav"));
      assertThat(profile.provider().orElseThrow().isKnown()).isFalse();
      assertThat(profile.service()).contains(ProviderService.of("fastmail"));
      assertThat(profile.calendarList().get(0).permissionLevel()).contains(PermissionLevel.of("owner"));
      assertThat(info.authorization().orElseThrow().status()).contains(AuthorizationStatus.of("suspended"));
      assertThat(info.conferencingProfiles().get(0).provider()).contains(ConferencingProvider.of("webex"));
      assertThat(codec.decodeUserInfo(codec.encodeUserInfo(info))).isEqualTo(info);
    }

    @Test
    @DisplayName("a conferencing profile for every documented provider")
    void conferencingProviders() {
      UserInfo info = codec.decodeUserInfo(json(
          "{'sub':'acc_1','cronofy.data':{'conferencing_profiles':["
              + "{'provider_name':'go_to','profile_id':'pro_a'},{'provider_name':'zoom','profile_id':'pro_b'},"
              + "{'provider_name':'ms_teams','profile_id':'pro_c'},"
              + "{'provider_name':'google_meet_api','profile_id':'pro_d','profile_connected':false}]}}"));

      assertThat(info.conferencingProfiles()).extracting(p -> p.provider().orElseThrow()).containsExactly(
          ConferencingProvider.GO_TO, ConferencingProvider.ZOOM, ConferencingProvider.MS_TEAMS,
          ConferencingProvider.GOOGLE_MEET_API);
      assertThat(info.conferencingProfiles().get(3).state()).isEqualTo(ConnectionState.NEEDS_RELINK);
      assertThat(info.conferencingProfiles().get(3).relinkUrl()).isEmpty();
    }
  }

  @Nested
  @DisplayName("minimal bodies and nulls")
  class Minimal {
    @Test
    @DisplayName("userinfo with only sub")
    void userInfoOnlySub() {
      assertThat(codec.decodeUserInfo(json("{'sub':'acc_1'}"))).isEqualTo(UserInfo.of(SubjectId.of("acc_1")));
    }

    @Test
    @DisplayName("profiles and calendars with only their IDs")
    void idsOnly() {
      UserInfo info = codec.decodeUserInfo(json(
          "{'sub':'acc_1','cronofy.data':{'profiles':[{'profile_id':'pro_1','profile_calendars':[{'calendar_id':'cal_1'}]}]}}"));

      assertThat(info.profiles()).containsExactly(
          CalendarProfile.of(ProfileId.of("pro_1")).withCalendars(List.of(Calendar.of(CalendarId.of("cal_1")))));
      assertThat(info.profiles().get(0).state()).isEqualTo(ConnectionState.UNKNOWN);
    }

    @Test
    @DisplayName("an empty cronofy.data object is present but empty; absent arrays stay absent")
    void emptyData() {
      UserInfo info = codec.decodeUserInfo(json("{'sub':'acc_1','cronofy.data':{}}"));

      assertThat(info.data()).contains(CronofyData.EMPTY);
      assertThat(info.conferencingAuthorized()).isFalse();
    }

    @Test
    @DisplayName("JSON null for every optional attribute means absent")
    void nulls() {
      UserInfo info = codec.decodeUserInfo(json(
          "{'sub':'acc_1','email':null,'name':null,'zoneinfo':null,'cronofy.type':null,'application_calendar_id':null,"
              + "'cronofy.data':{'authorization':{'scope':null,'status':null,'delegated_scope':null},"
              + "'profiles':[{'provider_name':null,'provider_service':null,'profile_id':'pro_1','profile_name':null,"
              + "'profile_connected':null,'profile_initial_sync_required':null,'profile_relink_url':null,"
              + "'profile_calendars':[{'calendar_id':'cal_1','calendar_name':null,'calendar_readonly':null,"
              + "'calendar_deleted':null,'calendar_primary':null,'calendar_integrated_conferencing_available':null,"
              + "'calendar_attachments_available':null,'permission_level':null}]}],"
              + "'conferencing_profiles':null,'service_account':null,'application_calendar':null}}"));

      assertThat(info).isEqualTo(UserInfo.of(SubjectId.of("acc_1")).withData(new CronofyData(
          Optional.of(new net.calkit.identity.domain.Authorization(Optional.empty(), Optional.empty(), Optional.empty())),
          Optional.of(List.of(CalendarProfile.of(ProfileId.of("pro_1"))
              .withCalendars(List.of(Calendar.of(CalendarId.of("cal_1")))))),
          Optional.empty(), Optional.empty(), Optional.empty())));
    }

    @Test
    @DisplayName("a blank name is kept, a null name is absent")
    void blankName() {
      assertThat(codec.decodeUserInfo(json("{'sub':'acc_1','name':'  '}")).name()).contains("  ");
      assertThat(codec.decodeUserInfo(json("{'sub':'acc_1','name':''}")).name()).contains("");
      assertThat(codec.decodeAccount(json("{'account':{'account_id':'acc_1','name':null}}")).name()).isEmpty();
      assertThat(codec.decodeAccount(json("{'account':{'account_id':'acc_1','name':''}}")).name()).contains("");
    }

    @Test
    @DisplayName("an old account body: only account_id, no top-level sub")
    void oldAccount() {
      Account account = codec.decodeAccount(json("{'account':{'account_id':'acc_567236000909002','email':'janed@company.com','name':'Jane Doe','default_tzid':'Europe/London'}}"));

      assertThat(account.id().value()).isEqualTo("acc_567236000909002");
      assertThat(account.scope()).isEmpty();
      assertThat(account.sub()).isEmpty();
      assertThat(account.defaultTimeZone().orElseThrow().zoneId()).isPresent();
    }

    @Test
    @DisplayName("a token answer without refresh_token, scope or expires_in; token_type defaults to bearer")
    void minimalToken() {
      TokenResponse token = codec.decodeTokenResponse(json("{'access_token':'abc'}"));

      assertThat(token.tokenType()).isEqualTo("bearer");
      assertThat(token.refreshToken()).isEmpty();
      assertThat(token.expiresIn()).isEmpty();
      assertThat(token.scope()).isEmpty();
      assertThat(codec.decodeTokenResponse(json("{'access_token':'abc','refresh_token':null}")).refreshToken())
          .isEmpty();
    }

    @Test
    @DisplayName("an empty profiles array")
    void emptyProfiles() {
      assertThat(codec.decodeProfiles(json("{'profiles':[]}"))).isEmpty();
    }
  }

  @Nested
  @DisplayName("unknown keys are ignored at every level, whatever their value")
  class UnknownKeys {
    private static final String NOISE =
        "'x_str':'s','x_num':-1.5e300,'x_bool':true,'x_null':null,'x_obj':{'a':[1,{'b':[[],{}]}],'profile_id':7},"
            + "'x_arr':[{'sub':3},[null,'x'],{}]";

    @Test
    @DisplayName("in userinfo, cronofy.data, authorization, profiles, calendars, conferencing, service account")
    void everywhere() {
      String body = "{" + NOISE + ",'sub':'acc_1','cronofy.data':{" + NOISE + ",'authorization':{" + NOISE
          + ",'scope':'read_write'},'profiles':[{" + NOISE + ",'profile_id':'pro_1','profile_calendars':[{" + NOISE
          + ",'calendar_id':'cal_1'}]}],'conferencing_profiles':[{" + NOISE + ",'profile_id':'pro_2'}],"
          + "'service_account':{" + NOISE + ",'domain':'d'},'application_calendar':{" + NOISE + "}}}";

      UserInfo info = codec.decodeUserInfo(json(body));

      assertThat(info.sub()).isEqualTo(SubjectId.of("acc_1"));
      assertThat(info.scope()).contains(Scope.of("read_write"));
      assertThat(info.profiles().get(0).id()).isEqualTo(ProfileId.of("pro_1"));
      assertThat(info.profiles().get(0).calendarList().get(0).id()).isEqualTo(CalendarId.of("cal_1"));
      assertThat(info.conferencingProfiles().get(0)).isEqualTo(new ConferencingProfile(ProfileId.of("pro_2"),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
      assertThat(info.serviceAccount()).contains(new ServiceAccount(Optional.empty(), Optional.of("d")));
      assertThat(info.data().orElseThrow().applicationCalendar()).contains(new ApplicationCalendar(Optional.empty()));
    }

    @Test
    @DisplayName("in account, profiles and token bodies (including the authorization-code extras)")
    void otherBodies() {
      assertThat(codec.decodeAccount(json("{" + NOISE + ",'account':{" + NOISE + ",'account_id':'acc_1'}}")).id().value())
          .isEqualTo("acc_1");
      assertThat(codec.decodeProfiles(json("{" + NOISE + ",'profiles':[{" + NOISE + ",'profile_id':'pro_1'}]}")))
          .extracting(CalendarProfile::id).containsExactly(ProfileId.of("pro_1"));
      assertThat(codec.decodeTokenResponse(json("{" + NOISE + ",'access_token':'t','linking_profile':{'profile_id':'pro_1'}}"))
          .accessToken().value()).isEqualTo("t");
    }
  }

  @Nested
  @DisplayName("one bad optional value does not sink the response")
  class Lenient {
    @Test
    @DisplayName("optional scalars of the wrong type are absent")
    void wrongTypedOptionals() {
      UserInfo info = codec.decodeUserInfo(json(
          "{'sub':'acc_1','email':42,'name':{'first':'J'},'zoneinfo':[],'cronofy.type':true,"
              + "'cronofy.data':{'authorization':{'scope':7,'status':false},'profiles':[{'profile_id':'pro_1',"
              + "'provider_name':1,'profile_connected':'yes','profile_initial_sync_required':0,'profile_relink_url':{},"
              + "'profile_calendars':[{'calendar_id':'cal_1','calendar_readonly':'no','permission_level':3}]}]}}"));

      assertThat(info.email()).isEmpty();
      assertThat(info.name()).isEmpty();
      assertThat(info.zoneInfo()).isEmpty();
      assertThat(info.type()).isEmpty();
      assertThat(info.authorization().orElseThrow().scope()).isEmpty();
      assertThat(info.authorization().orElseThrow().status()).isEmpty();
      CalendarProfile profile = info.profiles().get(0);
      assertThat(profile.provider()).isEmpty();
      assertThat(profile.connected()).isEmpty();
      assertThat(profile.state()).isEqualTo(ConnectionState.UNKNOWN);
      assertThat(profile.relinkUrl()).isEmpty();
      assertThat(profile.calendarList().get(0).readOnly()).isEmpty();
      assertThat(profile.calendarList().get(0).permissionLevel()).isEmpty();
    }

    @Test
    @DisplayName("empty strings where the domain needs non-empty text are absent")
    void emptyStrings() {
      UserInfo info = codec.decodeUserInfo(json(
          "{'sub':'acc_1','zoneinfo':'','cronofy.type':'','cronofy.data':{'profiles':[{'profile_id':'pro_1',"
              + "'provider_name':'','profile_relink_url':''}]}}"));

      assertThat(info.zoneInfo()).isEmpty();
      assertThat(info.type()).isEmpty();
      assertThat(info.profiles().get(0).provider()).isEmpty();
      assertThat(info.profiles().get(0).relinkUrl()).isEmpty();
    }

    @Test
    @DisplayName("a relink URL that is not a URL and an unknown time zone are kept as text")
    void keptAsText() {
      UserInfo info = codec.decodeUserInfo(json(
          "{'sub':'acc_1','zoneinfo':'Mars/Olympus_Mons','cronofy.data':{'profiles':[{'profile_id':'pro_1',"
              + "'profile_connected':false,'profile_relink_url':'not a url'}]}}"));

      assertThat(info.zoneInfo().orElseThrow().value()).isEqualTo("Mars/Olympus_Mons");
      assertThat(info.zoneInfo().orElseThrow().zoneId()).isEmpty();
      assertThat(info.profiles().get(0).relinkUrl().orElseThrow().value()).isEqualTo("not a url");
      assertThat(info.profiles().get(0).relinkUrl().orElseThrow().isValid()).isFalse();
      assertThat(info.needingAttention()).hasSize(1);
    }

    @Test
    @DisplayName("scope values the domain refuses are dropped, the others kept")
    void oddScopeValues() {
      UserInfo info = codec.decodeUserInfo(utf8(
          "{\"sub\":\"acc_1\",\"cronofy.data\":{\"authorization\":{\"scope\":\"  read_events  caf\u00e9 \\t create_event \"}}}"));

      assertThat(info.scope().orElseThrow().values()).containsExactly("read_events", "create_event");
      assertThat(codec.decodeUserInfo(json("{'sub':'acc_1','cronofy.data':{'authorization':{'scope':''}}}")).scope())
          .contains(Scope.EMPTY);
    }

    @Test
    @DisplayName("an invalid optional ID (application_calendar_id, account sub) is absent")
    void invalidOptionalIds() {
      assertThat(codec.decodeUserInfo(json("{'sub':'apc_1','application_calendar_id':'has space'}"))
          .applicationCalendarId()).isEmpty();
      assertThat(codec.decodeAccount(json("{'account':{'account_id':'acc_1'},'sub':''}")).sub()).isEmpty();
    }

    @Test
    @DisplayName("expires_in that is negative, fractional, huge or a string is absent")
    void oddExpiresIn() {
      for (String value : List.of("-1", "3600.5", "123456789012345678901234567890", "'3600'", "null")) {
        TokenResponse token = codec.decodeTokenResponse(json("{'access_token':'t','expires_in':" + value + "}"));
        assertThat(token.expiresIn()).as(value).isEmpty();
      }
    }

    @Test
    @DisplayName("non-ASCII text is decoded as UTF-8")
    void unicode() {
      UserInfo info = codec.decodeUserInfo(utf8(
          "{\"sub\":\"acc_1\",\"name\":\"Zo\u00eb \u5c71\u7530 \ud83d\udcc5\",\"email\":\"\\u00e9@example.org\"}"));

      assertThat(info.name()).contains("Zo\u00eb \u5c71\u7530 \ud83d\udcc5");
      assertThat(info.email()).contains("\u00e9@example.org");
      assertThat(codec.decodeUserInfo(codec.encodeUserInfo(info))).isEqualTo(info);
    }
  }
}
