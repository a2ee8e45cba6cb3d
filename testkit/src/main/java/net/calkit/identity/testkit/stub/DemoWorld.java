package net.calkit.identity.testkit.stub;

import java.time.Clock;
import java.util.Objects;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.PermissionLevel;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.fake.FakeAccount;
import net.calkit.identity.fake.FakeCronofy;

/**
 * A built-in demo world for demos and the command-line tool's demo mode: one account with four
 * calendar profiles (two named alike, from Google Workspace and Microsoft 365; one disconnected with a
 * relink URL; one still in its initial sync) and two conferencing profiles (Zoom, and a disconnected
 * Microsoft Teams), plus a token set and the client allowed to refresh it. Serve it with
 * {@link CronofyStubServer#start(FakeCronofy)}.
 */
public final class DemoWorld {
  /** The demo account's ID. */
  public static final String ACCOUNT_ID = "acc_5c1d9e0f2a3b4c5d6e7f8a9b";
  /** The client registered in the demo world. */
  public static final ClientCredentials CLIENT = ClientCredentials.of("demo_client_id", "demo_client_secret");

  private final FakeCronofy world;
  private final FakeAccount account;
  private final TokenSet tokens;

  private DemoWorld(FakeCronofy world, FakeAccount account, TokenSet tokens) {
    this.world = world;
    this.account = account;
    this.tokens = tokens;
  }

  /** Builds the demo world on {@code clock}; tokens expire one hour after the clock's instant. */
  public static DemoWorld create(Clock clock) {
    FakeCronofy world = FakeCronofy.builder().clock(Objects.requireNonNull(clock, "clock == null")).client(CLIENT)
        .build();
    FakeAccount account = world.addAccount(a -> a.id(ACCOUNT_ID).email("jane.doe@example.com").name("Jane Doe")
        .timeZone("Europe/London").scope("read_account list_calendars read_events create_event delete_event")
        .calendarProfile(p -> p.id("pro_demo_gws").provider(CalendarProvider.GOOGLE, ProviderService.GSUITE)
            .name("jane.doe@example.com").connected(true).initialSyncRequired(false)
            .calendar(c -> c.id("cal_demo_gws_primary").name("Jane Doe").primary(true).readOnly(false)
                .deleted(false).integratedConferencingAvailable(true).attachmentsAvailable(true)
                .permissionLevel(PermissionLevel.UNRESTRICTED))
            .calendar(c -> c.id("cal_demo_gws_holidays").name("Holidays in United Kingdom").primary(false)
                .readOnly(true).deleted(false).permissionLevel(PermissionLevel.UNRESTRICTED)))
        .calendarProfile(p -> p.id("pro_demo_m365").provider(CalendarProvider.EXCHANGE, ProviderService.OFFICE365)
            .name("jane.doe@example.com").connected(true).initialSyncRequired(false)
            .calendar(c -> c.id("cal_demo_m365_calendar").name("Calendar").primary(true).readOnly(false)
                .deleted(false).permissionLevel(PermissionLevel.UNRESTRICTED)))
        .calendarProfile(p -> p.id("pro_demo_icloud").provider(CalendarProvider.APPLE, ProviderService.ICLOUD)
            .name("jane.doe@icloud.com").connected(false).initialSyncRequired(false)
            .calendar(c -> c.id("cal_demo_icloud_home").name("Home").primary(true).readOnly(false).deleted(false)))
        .calendarProfile(p -> p.id("pro_demo_outlook").provider(CalendarProvider.LIVE_CONNECT,
                ProviderService.OUTLOOK_COM).name("jane.doe@outlook.com").connected(true).initialSyncRequired(true)
            .calendar(c -> c.id("cal_demo_outlook_calendar").name("Calendar").primary(true)))
        .conferencingProfile(c -> c.id("pro_demo_zoom").provider(ConferencingProvider.ZOOM)
            .name("jane.doe@example.com").connected(true))
        .conferencingProfile(c -> c.id("pro_demo_teams").provider(ConferencingProvider.MS_TEAMS)
            .name("jane.doe@example.com").connected(false)));
    return new DemoWorld(world, account, account.issueTokens());
  }

  /** The world, to serve or to change (disconnect a profile, lock the account, script faults). */
  public FakeCronofy world() {
    return world;
  }

  /** The demo account. */
  public FakeAccount account() {
    return account;
  }

  /** The demo account's tokens: an access token valid for an hour and a refresh token. */
  public TokenSet tokens() {
    return tokens;
  }

  /** The client allowed to refresh the demo tokens. */
  public ClientCredentials client() {
    return CLIENT;
  }

  @Override
  public String toString() {
    return "DemoWorld[" + ACCOUNT_ID + ", " + tokens + "]";
  }
}
