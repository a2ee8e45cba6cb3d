package net.calkit.identity.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic, realistic wire bodies for the benchmarks: the same seed and size always give the same
 * bytes. Userinfo bodies hold calendar profiles with calendars, conferencing profiles, and attributes the
 * API may add later (unknown keys, nested unknown objects and arrays) that every decoder must skip.
 */
final class Bodies {
  /** The seed every benchmark uses, so runs compare the same bytes. */
  static final long SEED = 20_261_125L;

  private static final JsonFactory JSON = new JsonFactory();
  private static final String[] CALENDAR_PROVIDERS = {"google", "apple", "exchange", "live_connect", "cronofy"};
  private static final String[] SERVICES = {"gsuite", "google", "icloud", "office365", "exchange", "outlook_com"};
  private static final String[] CONFERENCING = {"zoom", "ms_teams", "go_to", "google_meet_api", "webex"};
  private static final String[] CALENDAR_NAMES = {
      "Home", "Work", "Bank Holidays", "Team Offsite", "On call rota", "Kundentermine", "Réunions", "家族",
      "Meeting Room 4.12 (Projector)", "Interviews", "Birthdays", "Ops — maintenance windows"};
  private static final String[] PERMISSIONS = {"sandbox", "unrestricted", "sandbox", "unrestricted", "managed"};
  private static final String[] FIRST = {"Jane", "Aiko", "José", "Zoë", "Oluwaseun", "Max", "Saoirse", "Li"};
  private static final String[] LAST = {"Doe", "Tanaka", "García", "Müller", "Adeyemi", "Novak", "Ó Briain"};
  private static final String[] ZONES = {"Europe/London", "America/New_York", "Asia/Tokyo", "Europe/Berlin"};
  private static final String ALPHANUM = "abcdefghijklmnopqrstuvwxyz0123456789";

  private Bodies() {}

  /**
   * A {@code GET /v1/userinfo} body of at least {@code targetBytes} (the smallest profile count that
   * reaches it), so the three sizes differ only in how many profiles they list.
   */
  static byte[] userInfo(int targetBytes, long seed) {
    int profiles = 1;
    byte[] body = userInfoWithProfiles(profiles, seed);
    while (body.length < targetBytes) {
      profiles++;
      body = userInfoWithProfiles(profiles, seed);
    }
    return body;
  }

  /** A userinfo body with {@code profileCount} calendar profiles. */
  static byte[] userInfoWithProfiles(int profileCount, long seed) {
    Random random = new Random(seed);
    return write(json -> {
      json.writeStartObject();
      json.writeStringField("sub", "acc_" + id(random, 24));
      String first = pick(random, FIRST);
      String last = pick(random, LAST);
      json.writeStringField("email", ascii(first) + "@company.example");
      json.writeStringField("name", first + " " + last);
      json.writeStringField("zoneinfo", pick(random, ZONES));
      json.writeStringField("cronofy.type", "account");
      json.writeFieldName("cronofy.data");
      json.writeStartObject();
      json.writeFieldName("authorization");
      json.writeStartObject();
      json.writeStringField("scope", "read_account list_calendars read_events create_event delete_event");
      json.writeStringField("status", "active");
      json.writeEndObject();
      json.writeFieldName("profiles");
      json.writeStartArray();
      for (int p = 0; p < profileCount; p++) {
        calendarProfile(json, random, true);
      }
      json.writeEndArray();
      json.writeFieldName("conferencing_profiles");
      json.writeStartArray();
      int conferencing = 1 + random.nextInt(3);
      for (int c = 0; c < conferencing; c++) {
        conferencingProfile(json, random);
      }
      json.writeEndArray();
      unknownObject(json, random, "x_feature_flags");
      json.writeEndObject();
      json.writeNumberField("x_generated_at", 1_764_000_000L + random.nextInt(1_000_000));
      json.writeEndObject();
    });
  }

  /** A {@code GET /v1/profiles} body with {@code profileCount} profiles (no calendars, as the endpoint sends). */
  static byte[] profiles(int profileCount, long seed) {
    Random random = new Random(seed);
    return write(json -> {
      json.writeStartObject();
      json.writeFieldName("profiles");
      json.writeStartArray();
      for (int p = 0; p < profileCount; p++) {
        calendarProfile(json, random, false);
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  /** A {@code GET /v1/account} body. */
  static byte[] account(long seed) {
    Random random = new Random(seed);
    return write(json -> {
      json.writeStartObject();
      json.writeFieldName("account");
      json.writeStartObject();
      String id = "acc_" + id(random, 24);
      json.writeStringField("account_id", id);
      json.writeStringField("email", "janed@company.example");
      json.writeStringField("name", pick(random, FIRST) + " " + pick(random, LAST));
      json.writeStringField("scope", "read_account list_calendars read_events create_event delete_event");
      json.writeStringField("default_tzid", pick(random, ZONES));
      json.writeStringField("x_plan", "enterprise");
      json.writeEndObject();
      json.writeStringField("sub", id);
      json.writeEndObject();
    });
  }

  private static void calendarProfile(JsonGenerator json, Random random, boolean withCalendars) throws IOException {
    String profileId = "pro_" + id(random, 10);
    boolean connected = random.nextInt(5) != 0;
    json.writeStartObject();
    json.writeStringField("provider_name", pick(random, CALENDAR_PROVIDERS));
    json.writeStringField("provider_service", pick(random, SERVICES));
    json.writeStringField("profile_id", profileId);
    json.writeStringField("profile_name", ascii(pick(random, FIRST)) + "."
        + id(random, 4) + "@example.com");
    json.writeBooleanField("profile_connected", connected);
    json.writeBooleanField("profile_initial_sync_required", random.nextInt(4) == 0);
    if (!connected) {
      json.writeStringField("profile_relink_url",
          "https://app.cronofy.com/relink/" + id(random, 6) + "?email=someone%40example.com");
    }
    if (random.nextInt(3) == 0) {
      json.writeStringField("x_profile_region", "eu-west-" + (1 + random.nextInt(3)));
    }
    if (withCalendars) {
      json.writeFieldName("profile_calendars");
      json.writeStartArray();
      int calendars = 1 + random.nextInt(4);
      for (int c = 0; c < calendars; c++) {
        calendar(json, random, profileId);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void calendar(JsonGenerator json, Random random, String profileId) throws IOException {
    json.writeStartObject();
    json.writeStringField("calendar_id", "cal_" + profileId.substring(4) + "_" + id(random, 11));
    json.writeStringField("calendar_name", pick(random, CALENDAR_NAMES));
    json.writeBooleanField("calendar_readonly", random.nextBoolean());
    json.writeBooleanField("calendar_deleted", random.nextInt(10) == 0);
    json.writeBooleanField("calendar_primary", random.nextInt(4) == 0);
    json.writeBooleanField("calendar_integrated_conferencing_available", random.nextBoolean());
    json.writeBooleanField("calendar_attachments_available", random.nextBoolean());
    json.writeStringField("permission_level", pick(random, PERMISSIONS));
    if (random.nextInt(4) == 0) {
      json.writeStringField("calendar_color", String.format("#%06x", random.nextInt(0x1000000)));
    }
    json.writeEndObject();
  }

  private static void conferencingProfile(JsonGenerator json, Random random) throws IOException {
    boolean connected = random.nextInt(3) != 0;
    json.writeStartObject();
    json.writeStringField("provider_name", pick(random, CONFERENCING));
    json.writeStringField("profile_id", "pro_" + id(random, 10));
    json.writeStringField("profile_name", "meetings." + id(random, 4) + "@example.com");
    json.writeBooleanField("profile_connected", connected);
    if (!connected) {
      json.writeStringField("profile_relink_url",
          "https://app.cronofy.com/v2/relink/zoom?email=meetings%40example.com");
    }
    json.writeEndObject();
  }

  private static void unknownObject(JsonGenerator json, Random random, String name) throws IOException {
    json.writeFieldName(name);
    json.writeStartObject();
    json.writeBooleanField("smart_invites", random.nextBoolean());
    json.writeNumberField("max_lookahead_days", 30 + random.nextInt(300));
    json.writeNumberField("ratio", random.nextInt(1000) / 100.0);
    json.writeFieldName("tags");
    json.writeStartArray();
    json.writeString("beta");
    json.writeNull();
    json.writeStartObject();
    json.writeStringField("nested", "value");
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  private static String id(Random random, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = ALPHANUM.charAt(random.nextInt(ALPHANUM.length()));
    }
    return new String(out);
  }

  private static String ascii(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
        .toLowerCase(Locale.ROOT);
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static byte[] write(Writer writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      writer.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @FunctionalInterface
  private interface Writer {
    void write(JsonGenerator json) throws IOException;
  }
}
