package net.calkit.identity.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.Authorization;
import net.calkit.identity.domain.Calendar;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.CronofyData;
import net.calkit.identity.domain.OpenEnum;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.error.FieldError;

/** Encoders from domain values to the API's keys, in the API's order; absent attributes are omitted. */
final class Encoders {
  private Encoders() {}

  static void userInfo(JsonGenerator g, UserInfo info) throws IOException {
    g.writeStartObject();
    g.writeStringField("sub", info.sub().value());
    string(g, "email", info.email());
    string(g, "name", info.name());
    if (info.zoneInfo().isPresent()) {
      g.writeStringField("zoneinfo", info.zoneInfo().get().value());
    }
    openEnum(g, "cronofy.type", info.type());
    if (info.data().isPresent()) {
      g.writeFieldName("cronofy.data");
      cronofyData(g, info.data().get());
    }
    // last, as Cronofy sends it for application calendars
    if (info.applicationCalendarId().isPresent()) {
      g.writeStringField("application_calendar_id", info.applicationCalendarId().get().value());
    }
    g.writeEndObject();
  }

  private static void cronofyData(JsonGenerator g, CronofyData data) throws IOException {
    g.writeStartObject();
    // service accounts and application calendars lead with their own object, as Cronofy sends them
    if (data.serviceAccount().isPresent()) {
      g.writeFieldName("service_account");
      g.writeStartObject();
      openEnum(g, "provider_name", data.serviceAccount().get().provider());
      string(g, "domain", data.serviceAccount().get().domain());
      g.writeEndObject();
    }
    if (data.applicationCalendar().isPresent()) {
      g.writeFieldName("application_calendar");
      g.writeStartObject();
      if (data.applicationCalendar().get().id().isPresent()) {
        g.writeStringField("application_calendar_id", data.applicationCalendar().get().id().get().value());
      }
      g.writeEndObject();
    }
    if (data.authorization().isPresent()) {
      g.writeFieldName("authorization");
      authorization(g, data.authorization().get());
    }
    if (data.profiles().isPresent()) {
      g.writeFieldName("profiles");
      calendarProfiles(g, data.profiles().get());
    }
    if (data.conferencingProfiles().isPresent()) {
      g.writeFieldName("conferencing_profiles");
      conferencingProfiles(g, data.conferencingProfiles().get());
    }
    g.writeEndObject();
  }

  private static void authorization(JsonGenerator g, Authorization authorization) throws IOException {
    g.writeStartObject();
    scope(g, "scope", authorization.scope());
    openEnum(g, "status", authorization.status());
    scope(g, "delegated_scope", authorization.delegatedScope());
    g.writeEndObject();
  }

  static void calendarProfiles(JsonGenerator g, List<CalendarProfile> profiles) throws IOException {
    g.writeStartArray();
    for (CalendarProfile profile : profiles) {
      g.writeStartObject();
      openEnum(g, "provider_name", profile.provider());
      openEnum(g, "provider_service", profile.service());
      g.writeStringField("profile_id", profile.id().value());
      string(g, "profile_name", profile.name());
      bool(g, "profile_connected", profile.connected());
      bool(g, "profile_initial_sync_required", profile.initialSyncRequired());
      if (profile.relinkUrl().isPresent()) {
        g.writeStringField("profile_relink_url", profile.relinkUrl().get().value());
      }
      if (profile.calendars().isPresent()) {
        g.writeFieldName("profile_calendars");
        calendars(g, profile.calendars().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void calendars(JsonGenerator g, List<Calendar> calendars) throws IOException {
    g.writeStartArray();
    for (Calendar calendar : calendars) {
      g.writeStartObject();
      g.writeStringField("calendar_id", calendar.id().value());
      string(g, "calendar_name", calendar.name());
      bool(g, "calendar_readonly", calendar.readOnly());
      bool(g, "calendar_deleted", calendar.deleted());
      bool(g, "calendar_primary", calendar.primary());
      bool(g, "calendar_integrated_conferencing_available", calendar.integratedConferencingAvailable());
      bool(g, "calendar_attachments_available", calendar.attachmentsAvailable());
      openEnum(g, "permission_level", calendar.permissionLevel());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void conferencingProfiles(JsonGenerator g, List<ConferencingProfile> profiles) throws IOException {
    g.writeStartArray();
    for (ConferencingProfile profile : profiles) {
      g.writeStartObject();
      openEnum(g, "provider_name", profile.provider());
      g.writeStringField("profile_id", profile.id().value());
      string(g, "profile_name", profile.name());
      bool(g, "profile_connected", profile.connected());
      if (profile.relinkUrl().isPresent()) {
        g.writeStringField("profile_relink_url", profile.relinkUrl().get().value());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void account(JsonGenerator g, Account account) throws IOException {
    g.writeStartObject();
    g.writeFieldName("account");
    g.writeStartObject();
    g.writeStringField("account_id", account.id().value());
    string(g, "email", account.email());
    string(g, "name", account.name());
    scope(g, "scope", account.scope());
    if (account.defaultTimeZone().isPresent()) {
      g.writeStringField("default_tzid", account.defaultTimeZone().get().value());
    }
    g.writeEndObject();
    if (account.sub().isPresent()) {
      g.writeStringField("sub", account.sub().get().value());
    }
    g.writeEndObject();
  }

  static void tokenResponse(JsonGenerator g, TokenResponse response) throws IOException {
    g.writeStartObject();
    g.writeStringField("token_type", response.tokenType());
    g.writeStringField("access_token", response.accessToken().value());
    if (response.expiresIn().isPresent()) {
      g.writeNumberField("expires_in", seconds(response.expiresIn().get()));
    }
    if (response.refreshToken().isPresent()) {
      g.writeStringField("refresh_token", response.refreshToken().get().value());
    }
    scope(g, "scope", response.scope());
    g.writeEndObject();
  }

  /** Whole seconds, rounded up so that a sub-second lifetime is not written as already expired. */
  private static long seconds(Duration duration) {
    long seconds = duration.getSeconds();
    return duration.getNano() > 0 ? seconds + 1 : seconds;
  }

  static void refreshRequest(JsonGenerator g, ClientCredentials client, RefreshToken refreshToken)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("client_id", client.clientId().value());
    g.writeStringField("client_secret", client.clientSecret().value());
    g.writeStringField("grant_type", "refresh_token");
    g.writeStringField("refresh_token", refreshToken.value());
    g.writeEndObject();
  }

  /** Groups the errors by parameter, parameters in first-seen order. */
  static void fieldErrors(JsonGenerator g, List<FieldError> errors) throws IOException {
    Map<String, List<FieldError>> byParameter = new LinkedHashMap<>();
    for (FieldError error : errors) {
      byParameter.computeIfAbsent(error.parameter(), parameter -> new ArrayList<>()).add(error);
    }
    g.writeStartObject();
    g.writeFieldName("errors");
    g.writeStartObject();
    for (Map.Entry<String, List<FieldError>> entry : byParameter.entrySet()) {
      g.writeFieldName(entry.getKey());
      g.writeStartArray();
      for (FieldError error : entry.getValue()) {
        g.writeStartObject();
        string(g, "key", error.key());
        string(g, "description", error.description());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static void oauthError(JsonGenerator g, String error) throws IOException {
    g.writeStartObject();
    g.writeStringField("error", error);
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void bool(JsonGenerator g, String name, Optional<Boolean> value) throws IOException {
    if (value.isPresent()) {
      g.writeBooleanField(name, value.get());
    }
  }

  private static void openEnum(JsonGenerator g, String name, Optional<? extends OpenEnum> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().value());
    }
  }

  private static void scope(JsonGenerator g, String name, Optional<Scope> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().wire());
    }
  }
}
