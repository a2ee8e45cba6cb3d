package net.calkit.identity.fake;

import java.time.Instant;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.credentials.ClientCredentials;

/** The world most tests start from: Jane of the documented examples, in the UK data center. */
final class Worlds {
  static final ClientCredentials CLIENT = ClientCredentials.of("client-id", "client-secret");
  static final String JANE = "acc_5700a00eb0ccd07000000000";
  static final String GOOGLE_PROFILE = "pro_n23kjnwrw2";
  static final String APPLE_PROFILE = "pro_fe145c37de";
  static final String ZOOM_PROFILE = "pro_jknsdfk234";

  private Worlds() {}

  static ManualClock clock() {
    return ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
  }

  static FakeCronofy withJane(ManualClock clock) {
    FakeCronofy world = FakeCronofy.builder().dataCenter(DataCenter.UK).clock(clock).client(CLIENT).build();
    world.addAccount(a -> a
        .id(JANE).email("janed@company.com").name("Jane Doe").timeZone("Europe/London").scope("read_write")
        .calendarProfile(p -> p.id(GOOGLE_PROFILE).provider(CalendarProvider.GOOGLE, ProviderService.GSUITE)
            .name("example1@cronofy.com").initialSyncRequired(true)
            .calendar(c -> c.id("cal_n23kjnwrw2_jsdfjksn234").name("Home").primary(true))
            .calendar(c -> c.id("cal_n23kjnwrw2_n1k323nkj23").name("Work").readOnly(true).deleted(true)))
        .calendarProfile(p -> p.id(APPLE_PROFILE).provider(CalendarProvider.APPLE, ProviderService.ICLOUD)
            .name("example2@cronofy.com")
            .calendar(c -> c.id("cal_fe145c37de_3nkj23wejk1").name("Bank Holidays").readOnly(true)))
        .conferencingProfile(p -> p.id(ZOOM_PROFILE).provider(ConferencingProvider.ZOOM).name("example@cronofy.com")));
    return world;
  }
}
