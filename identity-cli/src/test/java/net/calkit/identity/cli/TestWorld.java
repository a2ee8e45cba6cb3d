package net.calkit.identity.cli;

import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.fake.FakeAccount;
import net.calkit.identity.fake.FakeCronofy;

/**
 * The world the end-to-end tests run against (independent of the tool's demo content): two profiles
 * share a name on Google Workspace and Microsoft 365, the Microsoft 365 one needs a relink, an iCloud
 * profile is in its initial sync, and of two conferencing profiles Microsoft Teams needs a relink. The
 * tokens are fresh; tests expire them where they need a 401.
 *
 * @param world the fake Cronofy the stub server serves
 * @param account the one account
 * @param tokens fresh tokens of the account
 */
record TestWorld(FakeCronofy world, FakeAccount account, TokenSet tokens) {
  static final ClientCredentials CLIENT = ClientCredentials.of("test-client", "test-client-secret");

  static TestWorld create() {
    FakeCronofy world = FakeCronofy.builder().client(CLIENT).build();
    FakeAccount account = world.addAccount(a -> a
        .id("acc_5f3a7b2c9d1e4f6a8b0c2d4e")
        .name("Avery Demo")
        .email("avery@demo.example")
        .timeZone("Europe/London")
        .scope("read_account list_calendars read_events create_event delete_event")
        .calendarProfile(p -> p.id("pro_demogsuite").provider(CalendarProvider.GOOGLE, ProviderService.GSUITE)
            .name("avery@demo.example").connected(true).initialSyncRequired(false)
            .calendar(c -> c.id("cal_demogsuite_work").name("Work").primary(true))
            .calendar(c -> c.id("cal_demogsuite_team").name("Team holidays").readOnly(true)))
        .calendarProfile(p -> p.id("pro_demoo365").provider(CalendarProvider.EXCHANGE, ProviderService.OFFICE365)
            .name("avery@demo.example").connected(false).initialSyncRequired(false)
            .calendar(c -> c.id("cal_demoo365_main").name("Calendar").primary(true)))
        .calendarProfile(p -> p.id("pro_demoicloud").provider(CalendarProvider.APPLE, ProviderService.ICLOUD)
            .name("avery@icloud.example").connected(true).initialSyncRequired(true)
            .calendar(c -> c.id("cal_demoicloud_home").name("Home").primary(true)))
        .calendarProfile(p -> p.id("pro_demogmail").provider(CalendarProvider.GOOGLE, ProviderService.GOOGLE)
            .name("avery.personal@gmail.example").connected(true).initialSyncRequired(false)
            .calendar(c -> c.id("cal_demogmail_personal").name("Personal").primary(true)))
        .conferencingProfile(p -> p.id("pro_demozoom").provider(ConferencingProvider.ZOOM)
            .name("avery@demo.example").connected(true))
        .conferencingProfile(p -> p.id("pro_demoteams").provider(ConferencingProvider.MS_TEAMS)
            .name("avery@demo.example").connected(false)));
    return new TestWorld(world, account, account.issueTokens());
  }
}
