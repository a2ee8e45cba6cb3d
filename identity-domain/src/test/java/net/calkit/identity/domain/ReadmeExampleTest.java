package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example of README.md, compiled and run; keep the two in step. */
class ReadmeExampleTest {

  @Test
  void readmeExample() {
    // --- README example start ---
    DataCenter dataCenter = DataCenter.parse("DE");                 // any case; unknown ids name the valid ones
    ApiEndpoint endpoint = ApiEndpoint.of(dataCenter);              // https://api-de.cronofy.com

    CalendarProfile work = CalendarProfile.of(ProfileId.of("pro_g1"))
        .withName("example@cronofy.com")
        .withProvider(CalendarProvider.GOOGLE, Optional.of(ProviderService.GSUITE))
        .asDisconnected(Optional.of(RelinkUrl.of("https://app-de.cronofy.com/relink/pro_g1")));
    CalendarProfile other = CalendarProfile.of(ProfileId.of("pro_m1"))
        .withName("example@cronofy.com")
        .withProvider(CalendarProvider.of("exchange"), Optional.of(ProviderService.of("office365")))
        .asConnected();
    CronofyData data = new CronofyData(Optional.of(Authorization.of(Scope.parse("read_account read_events"))),
        Optional.of(List.of(work, other)), Optional.empty(), Optional.empty(), Optional.empty());
    UserInfo me = UserInfo.of(SubjectId.of("acc_5700a00eb0ccd07000000000")).withData(data);

    for (Attention item : me.needingAttention()) {
      System.out.println(item.label() + ": " + item.state().label()
          + item.relinkUrl().map(url -> " -> " + url).orElse(""));
    }
    // example@cronofy.com (Google Workspace): needs relink -> https://app-de.cronofy.com/relink/pro_g1
    boolean canWrite = me.hasScope(Scope.of("create_event"));    // false: not granted
    ProviderService future = ProviderService.of("zoho");          // unknown values are kept, not rejected
    // --- README example end ---

    assertThat(endpoint.resolve("/v1/userinfo")).hasToString("https://api-de.cronofy.com/v1/userinfo");
    assertThat(me.needingAttention()).singleElement().satisfies(a -> {
      assertThat(a.label()).isEqualTo("example@cronofy.com (Google Workspace)");
      assertThat(a.state()).isEqualTo(ConnectionState.NEEDS_RELINK);
    });
    assertThat(ProfileLabels.ofCalendarProfiles(me.profiles()).label(ProfileId.of("pro_m1")))
        .isEqualTo("example@cronofy.com (Microsoft 365)");
    assertThat(canWrite).isFalse();
    assertThat(future.isKnown()).isFalse();
    assertThat(future.value()).isEqualTo("zoho");
  }
}
