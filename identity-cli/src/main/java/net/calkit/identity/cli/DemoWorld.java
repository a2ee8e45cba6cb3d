package net.calkit.identity.cli;

import java.util.Optional;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.fake.FakeAccount;
import net.calkit.identity.fake.FakeCronofy;

/**
 * The demo account: something of everything {@code status} reports. Two profiles share a name on
 * different services (Google Workspace and Microsoft 365) and the Microsoft 365 one needs a relink;
 * an iCloud profile is still in its initial sync; of two conferencing profiles, Microsoft Teams needs a
 * relink. The access token the demo starts with has already expired, so the first call answers 401 and
 * the library refreshes it with the demo client's credentials before replaying: the whole stack runs.
 *
 * @param world the fake Cronofy the stub server serves
 * @param access the tokens and client the tool uses
 */
record DemoWorld(FakeCronofy world, Transport.DemoAccess access) {
  static final ClientCredentials CLIENT = ClientCredentials.of("demo-client", "demo-client-secret");

  static DemoWorld create() {
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
    TokenSet tokens = account.issueTokens();
    world.expire(tokens.accessToken());
    return new DemoWorld(world, new Transport.DemoAccess(tokens, Optional.of(CLIENT)));
  }
}
