package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserInfoTest {

  private static UserInfo withScope(String scope) {
    return UserInfo.of(SubjectId.of("acc_1")).withData(new CronofyData(
        Optional.of(Authorization.of(Scope.parse(scope))), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty()));
  }

  @Test
  void hasScopeChecksEveryRequiredValue() {
    UserInfo info = withScope("read_account list_calendars read_events");
    assertThat(info.hasScope(Scope.of("read_events"))).isTrue();
    assertThat(info.hasScope(Scope.of("read_events", "read_account"))).isTrue();
    assertThat(info.hasScope(Scope.of("read_events", "create_event"))).isFalse();
    assertThat(info.hasScope(Scope.EMPTY)).isTrue();
    assertThat(info.scope()).contains(Scope.parse("read_events list_calendars read_account"));
  }

  @Test
  void anUnreportedScopeGrantsNothing() {
    UserInfo bare = UserInfo.of(SubjectId.of("acc_1"));
    assertThat(bare.scope()).isEmpty();
    assertThat(bare.hasScope(Scope.of("read_events"))).isFalse();
    assertThat(bare.hasScope(Scope.EMPTY)).isTrue();
  }

  @Test
  void absentArraysAreDistinctFromEmptyOnes() {
    UserInfo absent = UserInfo.of(SubjectId.of("acc_1")).withData(CronofyData.EMPTY);
    UserInfo empty = UserInfo.of(SubjectId.of("acc_1")).withData(new CronofyData(Optional.empty(),
        Optional.of(List.of()), Optional.of(List.of()), Optional.empty(), Optional.empty()));
    assertThat(absent.conferencingAuthorized()).isFalse();
    assertThat(empty.conferencingAuthorized()).isTrue();
    assertThat(absent.profiles()).isEmpty();
    assertThat(absent.conferencingProfiles()).isEmpty();
    assertThat(absent).isNotEqualTo(empty);
  }

  @Test
  void serviceAccountsAndApplicationCalendarsFitTheSameRecord() {
    UserInfo service = new UserInfo(SubjectId.of("ser_1"), Optional.of("svc@example.com"), Optional.empty(),
        Optional.empty(), Optional.of(UserInfoType.SERVICE_ACCOUNT), Optional.empty(),
        Optional.of(new CronofyData(Optional.of(new Authorization(Optional.of(Scope.of("read_account")),
            Optional.of(AuthorizationStatus.ACTIVE), Optional.of(Scope.of("read_events")))),
            Optional.empty(), Optional.empty(),
            Optional.of(new ServiceAccount(Optional.of(CalendarProvider.GOOGLE), Optional.of("example.com"))),
            Optional.empty())));
    assertThat(service.serviceAccount()).flatMap(ServiceAccount::domain).contains("example.com");
    assertThat(service.authorization()).flatMap(Authorization::delegatedScope).contains(Scope.of("read_events"));

    UserInfo appCalendar = new UserInfo(SubjectId.of("apc_1"), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(UserInfoType.of("application_calendar")), Optional.of(ApplicationCalendarId.of("my-cal")),
        Optional.of(new CronofyData(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.of(new ApplicationCalendar(Optional.of(ApplicationCalendarId.of("my-cal")))))));
    assertThat(appCalendar.type()).contains(UserInfoType.APPLICATION_CALENDAR);
    assertThat(appCalendar.data()).flatMap(CronofyData::applicationCalendar).flatMap(ApplicationCalendar::id)
        .contains(ApplicationCalendarId.of("my-cal"));

    UserInfo future = UserInfo.of(SubjectId.of("xyz_1"));
    assertThat(new UserInfo(future.sub(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(UserInfoType.of("robot")), Optional.empty(), Optional.empty()).type())
        .hasValueSatisfying(t -> assertThat(t.isKnown()).isFalse());
  }

  @Test
  void listsAreCopiedSoCallersCannotChangeAValue() {
    List<CalendarProfile> mutable = new ArrayList<>(List.of(CalendarProfile.of(ProfileId.of("pro_1"))));
    CronofyData data = new CronofyData(Optional.empty(), Optional.of(mutable), Optional.empty(), Optional.empty(),
        Optional.empty());
    mutable.clear();
    assertThat(data.profiles()).hasValueSatisfying(p -> assertThat(p).hasSize(1));
    List<Calendar> calendars = new ArrayList<>(List.of(Calendar.of(CalendarId.of("cal_1")).withName("Work")));
    CalendarProfile profile = CalendarProfile.of(ProfileId.of("pro_1")).withCalendars(calendars);
    calendars.clear();
    assertThat(profile.calendarList()).extracting(Calendar::name).containsExactly(Optional.of("Work"));
    assertThatThrownBy(() -> profile.calendarList().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullComponentsAreRejectedByName() {
    assertThatThrownBy(() -> new UserInfo(SubjectId.of("acc_1"), null, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty())).hasMessage("email == null");
    assertThatThrownBy(() -> new Account(AccountId.of("acc_1"), Optional.empty(), Optional.empty(), null,
        Optional.empty(), Optional.empty())).hasMessage("scope == null");
    assertThat(Account.of(AccountId.of("acc_1")).email()).isEmpty();
  }
}
