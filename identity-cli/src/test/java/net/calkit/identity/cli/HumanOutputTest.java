package net.calkit.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.AccountId;
import net.calkit.identity.domain.Authorization;
import net.calkit.identity.domain.Calendar;
import net.calkit.identity.domain.CalendarId;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.CronofyData;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.RelinkUrl;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.SubjectId;
import net.calkit.identity.domain.TimeZoneName;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.UserInfoType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HumanOutputTest {
  private final HumanOutput output = new HumanOutput();

  static final String RELINK = "https://app.cronofy.com/relink/apple?email=example@cronofy.com";

  static CalendarProfile google() {
    return CalendarProfile.of(ProfileId.of("pro_n23kjnwrw2"))
        .withProvider(CalendarProvider.GOOGLE, Optional.of(ProviderService.GSUITE)).withName("example@cronofy.com")
        .asConnected().withInitialSyncRequired(true)
        .withCalendars(List.of(Calendar.of(CalendarId.of("cal_1")), Calendar.of(CalendarId.of("cal_2"))));
  }

  static CalendarProfile office() {
    return CalendarProfile.of(ProfileId.of("pro_fe145c37de"))
        .withProvider(CalendarProvider.EXCHANGE, Optional.of(ProviderService.OFFICE365))
        .withName("example@cronofy.com").asDisconnected(Optional.of(RelinkUrl.of(RELINK)))
        .withInitialSyncRequired(false);
  }

  static CalendarProfile unknownProvider() {
    return CalendarProfile.of(ProfileId.of("pro_new"))
        .withProvider(CalendarProvider.of("new_provider"), Optional.empty()).withName("Team \u001b[2Jcalendar")
        .asConnected();
  }

  static UserInfo userInfo(Optional<List<ConferencingProfile>> conferencing) {
    CronofyData data = new CronofyData(Optional.of(Authorization.of(Scope.parse("read_write"))),
        Optional.of(List.of(google(), office(), unknownProvider())), conferencing, Optional.empty(), Optional.empty());
    return new UserInfo(SubjectId.of("acc_5700a00eb0ccd07000000000"), Optional.of("janed@company.com"),
        Optional.of("Jane Doe"), Optional.of(TimeZoneName.of("Europe/London")), Optional.of(UserInfoType.ACCOUNT),
        Optional.empty(), Optional.of(data));
  }

  static List<ConferencingProfile> conferencing() {
    return List.of(ConferencingProfile.connected(ProfileId.of("pro_jknsdfk234"), ConferencingProvider.ZOOM,
            "example@cronofy.com"),
        ConferencingProfile.connected(ProfileId.of("pro_gfmdsg51qa"), ConferencingProvider.GO_TO,
            "example@cronofy.com").asDisconnected(Optional.of(RelinkUrl.of("https://app.cronofy.com/v2/relink/go_to"))));
  }

  @Test
  @DisplayName("profiles: display names, same-name profiles told apart, state with relink URL, unknown values verbatim")
  void profiles() {
    String text = output.profiles(List.of(google(), office(), unknownProvider()));

    assertThat(text).isEqualTo(
        "Calendar profiles (3)\n"
            + "  ID              PROVIDER            SERVICE           NAME                                    STATE"
            + "                 RELINK URL\n"
            + "  pro_n23kjnwrw2  Google              Google Workspace  example@cronofy.com (Google Workspace)  initial"
            + " sync pending  -\n"
            + "  pro_fe145c37de  Microsoft Exchange  Microsoft 365     example@cronofy.com (Microsoft 365)     needs"
            + " relink          " + RELINK + "\n"
            + "  pro_new         new_provider        -                 Team \\u001b[2Jcalendar                  connected"
            + "             -\n");
  }

  @Test
  @DisplayName("status lists what needs attention, relink URLs included, and the same-name profiles")
  void status() {
    String text = output.status(userInfo(Optional.of(conferencing())));

    assertThat(text).startsWith("Jane Doe <janed@company.com> (acc_5700a00eb0ccd07000000000), Account\n"
        + "Calendar profiles: 3 (1 needs relink, 1 initial sync pending)\n"
        + "Conferencing profiles: 2 (1 needs relink)\n");
    assertThat(text).contains("Needs attention (3)\n"
        + "  KIND          PROFILE                                 STATE                 RELINK URL\n"
        + "  calendar      example@cronofy.com (Microsoft 365)     needs relink          " + RELINK + "\n"
        + "  conferencing  example@cronofy.com (GoTo Meeting)      needs relink          "
        + "https://app.cronofy.com/v2/relink/go_to\n"
        + "  calendar      example@cronofy.com (Google Workspace)  initial sync pending  -\n");
    assertThat(text).contains("Profiles sharing a name (4)\n");
  }

  @Test
  @DisplayName("status with nothing to do says so; conferencing never authorized is not the same as none")
  void statusAllGood() {
    CronofyData data = new CronofyData(Optional.empty(), Optional.of(List.of(unknownProvider())), Optional.empty(),
        Optional.empty(), Optional.empty());
    UserInfo info = UserInfo.of(SubjectId.of("acc_1")).withData(data);

    String text = output.status(info);

    assertThat(text).isEqualTo("(acc_1)\n"
        + "Calendar profiles: 1 (connected)\n"
        + "Conferencing profiles: not authorized\n"
        + "\n"
        + "Nothing needs attention: every profile is connected and synced.\n");
  }

  @Test
  @DisplayName("conferencing: a table, 'none', or 'not authorized'")
  void conferencingViews() {
    assertThat(output.conferencing(userInfo(Optional.of(conferencing()))))
        .startsWith("Conferencing profiles (2)\n  ID              PROVIDER      NAME                                "
            + "STATE         RELINK URL\n")
        .contains("  pro_jknsdfk234  Zoom          example@cronofy.com (Zoom)          connected     -\n");
    assertThat(output.conferencing(userInfo(Optional.of(List.of())))).isEqualTo("Conferencing profiles: none\n");
    assertThat(output.conferencing(userInfo(Optional.empty()))).startsWith("Conferencing profiles: not authorized");
  }

  @Test
  @DisplayName("userinfo shows the identity, then both profile tables with calendar counts")
  void userInfoView() {
    String text = output.userInfo(userInfo(Optional.of(conferencing())));

    assertThat(text).startsWith("Identity\n"
        + "  Subject    acc_5700a00eb0ccd07000000000\n"
        + "  Type       Account\n"
        + "  Name       Jane Doe\n"
        + "  Email      janed@company.com\n"
        + "  Time zone  Europe/London\n"
        + "  Scope      read_write\n");
    assertThat(text).contains("CALENDARS").contains("\nConferencing profiles (2)\n");
  }

  @Test
  @DisplayName("account shows what the body had and marks the rest with -")
  void accountView() {
    Account full = new Account(AccountId.of("acc_1"), Optional.of("janed@company.com"), Optional.of(" "),
        Optional.of(Scope.parse("read_events create_event")), Optional.of(TimeZoneName.of("Europe/London")),
        Optional.of(SubjectId.of("acc_1")));

    assertThat(output.account(full)).isEqualTo("Account\n"
        + "  Account ID  acc_1\n"
        + "  Name        (blank)\n"
        + "  Email       janed@company.com\n"
        + "  Scope       read_events create_event\n"
        + "  Time zone   Europe/London\n"
        + "  Subject     acc_1\n");
    assertThat(output.account(Account.of(AccountId.of("acc_2")))).contains("  Email       -\n");
  }

  @Test
  @DisplayName("revoke confirms the profile")
  void revoked() {
    assertThat(output.revoked(ProfileId.of("pro_1"))).isEqualTo("Revoked the authorization to profile pro_1.\n");
  }
}
