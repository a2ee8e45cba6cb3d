package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpenEnumsTest {

  /** One open enum type under test: how to parse, what it knows, and what its messages call it. */
  record Type(String name, Function<String, OpenEnum> of, Supplier<Set<? extends OpenEnum>> known,
      Map<String, String> displayNames) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Type> TYPES = List.of(
      new Type("calendar provider", CalendarProvider::of, CalendarProvider::knownValues, Map.of(
          "apple", "Apple", "cronofy", "Cronofy", "exchange", "Microsoft Exchange", "google", "Google",
          "live_connect", "Microsoft Live Connect")),
      new Type("provider service", ProviderService::of, ProviderService::knownValues, Map.of(
          "cronofy", "Cronofy", "exchange", "Microsoft Exchange", "google", "Google", "gsuite", "Google Workspace",
          "icloud", "iCloud", "office365", "Microsoft 365", "outlook_com", "Outlook.com")),
      new Type("conferencing provider", ConferencingProvider::of, ConferencingProvider::knownValues, Map.of(
          "go_to", "GoTo Meeting", "zoom", "Zoom", "ms_teams", "Microsoft Teams", "google_meet_api", "Google Meet")),
      new Type("permission level", PermissionLevel::of, PermissionLevel::knownValues, Map.of(
          "sandbox", "Sandbox", "unrestricted", "Unrestricted")),
      new Type("user info type", UserInfoType::of, UserInfoType::knownValues, Map.of(
          "account", "Account", "service_account", "Service account", "application_calendar",
          "Application calendar")),
      new Type("authorization status", AuthorizationStatus::of, AuthorizationStatus::knownValues, Map.of(
          "active", "Active")));

  static Stream<Type> types() {
    return TYPES.stream();
  }

  static Stream<Arguments> knownValues() {
    return TYPES.stream().flatMap(t -> t.displayNames().entrySet().stream()
        .map(e -> Arguments.of(t, e.getKey(), e.getValue())));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("knownValues")
  void ofReturnsTheSharedConstantForAKnownValue(Type type, String value, String displayName) {
    OpenEnum parsed = type.of().apply(value);
    assertThat(parsed.value()).isEqualTo(value);
    assertThat(parsed.isKnown()).isTrue();
    assertThat(parsed.displayName()).contains(displayName);
    assertThat(parsed.label()).isEqualTo(displayName);
    assertThat(parsed).hasToString(value);
    assertThat(type.known().get()).anySatisfy(k -> assertThat(k).isSameAs(parsed));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void knownValuesAreExactlyTheDocumentedOnes(Type type) {
    Set<String> known = type.known().get().stream().map(OpenEnum::value).collect(Collectors.toSet());
    assertThat(known).isEqualTo(type.displayNames().keySet());
    assertThat(type.known().get()).allSatisfy(k -> assertThat(k.isKnown()).isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void knownValuesCannotBeModified(Type type) {
    @SuppressWarnings("unchecked")
    Set<OpenEnum> known = (Set<OpenEnum>) type.known().get();
    assertThatThrownBy(known::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void unknownValuesAreKeptVerbatimAndAreNotKnown(Type type) {
    for (String raw : List.of("teams_2030", "Google", "GSUITE", " zoom", "zoom ", "\u00fcber", "a b", "x")) {
      OpenEnum parsed = type.of().apply(raw);
      assertThat(parsed.value()).as(raw).isEqualTo(raw);
      assertThat(parsed.isKnown()).as(raw).isFalse();
      assertThat(parsed.displayName()).as(raw).isEmpty();
      assertThat(parsed.label()).as("unknown values label themselves").isEqualTo(raw);
      assertThat(parsed).as("equal by value").isEqualTo(type.of().apply(raw));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void emptyIsRejectedNamingTheType(Type type) {
    assertThatThrownBy(() -> type.of().apply(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(type.name() + " must not be empty");
    assertThatThrownBy(() -> type.of().apply(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(type.name() + " == null");
  }

  @Test
  void theDocumentedDisplayNames() {
    assertThat(ProviderService.of("gsuite").displayName()).contains("Google Workspace");
    assertThat(ProviderService.of("office365").displayName()).contains("Microsoft 365");
    assertThat(ConferencingProvider.of("ms_teams").displayName()).contains("Microsoft Teams");
    assertThat(ProviderService.of("gsuite")).isSameAs(ProviderService.GSUITE);
    assertThat(ConferencingProvider.of("ms_teams")).isSameAs(ConferencingProvider.MS_TEAMS);
  }

  @Test
  void knownValuesAreInDocumentationOrder() {
    assertThat(CalendarProvider.knownValues()).containsExactly(CalendarProvider.APPLE, CalendarProvider.CRONOFY,
        CalendarProvider.EXCHANGE, CalendarProvider.GOOGLE, CalendarProvider.LIVE_CONNECT);
    assertThat(ConferencingProvider.knownValues()).containsExactly(ConferencingProvider.GO_TO,
        ConferencingProvider.ZOOM, ConferencingProvider.MS_TEAMS, ConferencingProvider.GOOGLE_MEET_API);
    assertThat(ProviderService.knownValues()).first().isEqualTo(ProviderService.CRONOFY);
  }

  @Test
  void theConstructorAgreesWithOf() {
    assertThat(new CalendarProvider("google")).isEqualTo(CalendarProvider.GOOGLE);
    assertThat(new CalendarProvider("google").isKnown()).isTrue();
    assertThat(new ProviderService("gsuite").displayName()).contains("Google Workspace");
    assertThatThrownBy(() -> new UserInfoType("")).hasMessage("user info type must not be empty");
  }
}
