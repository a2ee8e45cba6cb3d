package net.calkit.identity.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The baseline's model: plain records a user would write by hand for Jackson databind, ignoring unknown
 * keys, with nullable fields and no validation, open enums or {@code Optional}s.
 */
final class Dtos {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Reads a userinfo body; built once, as a careful user would. */
  static final ObjectReader USER_INFO = MAPPER.readerFor(UserInfoDto.class);
  /** Reads a profiles body. */
  static final ObjectReader PROFILES = MAPPER.readerFor(ProfilesDto.class);
  /** Reads an account body. */
  static final ObjectReader ACCOUNT = MAPPER.readerFor(AccountBodyDto.class);

  private Dtos() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record UserInfoDto(
      String sub,
      @Nullable String email,
      @Nullable String name,
      @Nullable String zoneinfo,
      @JsonProperty("cronofy.type") @Nullable String type,
      @JsonProperty("application_calendar_id") @Nullable String applicationCalendarId,
      @JsonProperty("cronofy.data") @Nullable CronofyDataDto data) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record CronofyDataDto(
      @Nullable AuthorizationDto authorization,
      @Nullable List<ProfileDto> profiles,
      @JsonProperty("conferencing_profiles") @Nullable List<ConferencingProfileDto> conferencingProfiles,
      @JsonProperty("service_account") @Nullable ServiceAccountDto serviceAccount,
      @JsonProperty("application_calendar") @Nullable ApplicationCalendarDto applicationCalendar) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AuthorizationDto(
      @Nullable String scope,
      @Nullable String status,
      @JsonProperty("delegated_scope") @Nullable String delegatedScope) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ProfileDto(
      @JsonProperty("provider_name") @Nullable String providerName,
      @JsonProperty("provider_service") @Nullable String providerService,
      @JsonProperty("profile_id") String profileId,
      @JsonProperty("profile_name") @Nullable String profileName,
      @JsonProperty("profile_connected") @Nullable Boolean profileConnected,
      @JsonProperty("profile_initial_sync_required") @Nullable Boolean profileInitialSyncRequired,
      @JsonProperty("profile_relink_url") @Nullable String profileRelinkUrl,
      @JsonProperty("profile_calendars") @Nullable List<CalendarDto> profileCalendars) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record CalendarDto(
      @JsonProperty("calendar_id") String calendarId,
      @JsonProperty("calendar_name") @Nullable String calendarName,
      @JsonProperty("calendar_readonly") @Nullable Boolean calendarReadonly,
      @JsonProperty("calendar_deleted") @Nullable Boolean calendarDeleted,
      @JsonProperty("calendar_primary") @Nullable Boolean calendarPrimary,
      @JsonProperty("calendar_integrated_conferencing_available") @Nullable Boolean integratedConferencing,
      @JsonProperty("calendar_attachments_available") @Nullable Boolean attachmentsAvailable,
      @JsonProperty("permission_level") @Nullable String permissionLevel) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ConferencingProfileDto(
      @JsonProperty("provider_name") @Nullable String providerName,
      @JsonProperty("profile_id") String profileId,
      @JsonProperty("profile_name") @Nullable String profileName,
      @JsonProperty("profile_connected") @Nullable Boolean profileConnected,
      @JsonProperty("profile_relink_url") @Nullable String profileRelinkUrl) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ServiceAccountDto(
      @JsonProperty("provider_name") @Nullable String providerName, @Nullable String domain) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ApplicationCalendarDto(@JsonProperty("application_calendar_id") @Nullable String applicationCalendarId) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ProfilesDto(@Nullable List<ProfileDto> profiles) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AccountBodyDto(@Nullable AccountDto account, @Nullable String sub) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AccountDto(
      @JsonProperty("account_id") String accountId,
      @Nullable String email,
      @Nullable String name,
      @Nullable String scope,
      @JsonProperty("default_tzid") @Nullable String defaultTzid) {}
}
