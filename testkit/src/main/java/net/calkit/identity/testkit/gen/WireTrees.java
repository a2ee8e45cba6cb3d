package net.calkit.identity.testkit.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.Authorization;
import net.calkit.identity.domain.Calendar;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.CronofyData;
import net.calkit.identity.domain.OpenEnum;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.testkit.internal.JsonText;

/** Domain values to JSON trees with the API's keys, absent attributes omitted or null, unknown ones added. */
final class WireTrees {
  /** Every key the API documents; any other key in a tree is an unknown attribute. */
  static final Set<String> KNOWN_KEYS = Set.of("sub", "email", "name", "zoneinfo", "cronofy.type", "cronofy.data",
      "application_calendar_id", "authorization", "scope", "status", "delegated_scope", "profiles",
      "conferencing_profiles", "service_account", "application_calendar", "provider_name", "provider_service",
      "profile_id", "profile_name", "profile_connected", "profile_initial_sync_required", "profile_relink_url",
      "profile_calendars", "calendar_id", "calendar_name", "calendar_readonly", "calendar_deleted",
      "calendar_primary", "calendar_integrated_conferencing_available", "calendar_attachments_available",
      "permission_level", "domain", "account", "account_id", "default_tzid", "token_type", "access_token",
      "expires_in", "refresh_token");

  private WireTrees() {}

  static Map<String, Object> userInfo(UserInfo info, IdentityGen gen) {
    Map<String, Object> root = object(gen);
    root.put("sub", info.sub().value());
    optional(root, "email", info.email(), gen);
    optional(root, "name", info.name(), gen);
    optional(root, "zoneinfo", info.zoneInfo().map(Object::toString), gen);
    optional(root, "cronofy.type", info.type().map(OpenEnum::value), gen);
    optional(root, "application_calendar_id", info.applicationCalendarId().map(Object::toString), gen);
    info.data().ifPresent(data -> root.put("cronofy.data", data(data, gen)));
    return unknown(root, gen);
  }

  private static Map<String, Object> data(CronofyData data, IdentityGen gen) {
    Map<String, Object> out = object(gen);
    data.authorization().ifPresent(a -> out.put("authorization", authorization(a, gen)));
    data.profiles().ifPresent(list -> out.put("profiles", profileList(list, gen)));
    data.conferencingProfiles().ifPresent(list -> {
      List<Object> array = new ArrayList<>();
      list.forEach(p -> array.add(conferencing(p, gen)));
      out.put("conferencing_profiles", array);
    });
    data.serviceAccount().ifPresent(s -> {
      Map<String, Object> service = object(gen);
      optional(service, "provider_name", s.provider().map(OpenEnum::value), gen);
      optional(service, "domain", s.domain(), gen);
      out.put("service_account", unknown(service, gen));
    });
    data.applicationCalendar().ifPresent(a -> {
      Map<String, Object> calendar = object(gen);
      optional(calendar, "application_calendar_id", a.id().map(Object::toString), gen);
      out.put("application_calendar", unknown(calendar, gen));
    });
    return unknown(out, gen);
  }

  private static Map<String, Object> authorization(Authorization authorization, IdentityGen gen) {
    Map<String, Object> out = object(gen);
    optional(out, "scope", authorization.scope().map(Scope::wire), gen);
    optional(out, "status", authorization.status().map(OpenEnum::value), gen);
    optional(out, "delegated_scope", authorization.delegatedScope().map(Scope::wire), gen);
    return unknown(out, gen);
  }

  private static List<Object> profileList(List<CalendarProfile> profiles, IdentityGen gen) {
    List<Object> array = new ArrayList<>();
    profiles.forEach(p -> array.add(profile(p, gen)));
    return array;
  }

  private static Map<String, Object> profile(CalendarProfile profile, IdentityGen gen) {
    Map<String, Object> out = object(gen);
    optional(out, "provider_name", profile.provider().map(OpenEnum::value), gen);
    optional(out, "provider_service", profile.service().map(OpenEnum::value), gen);
    out.put("profile_id", profile.id().value());
    optional(out, "profile_name", profile.name(), gen);
    optional(out, "profile_connected", profile.connected(), gen);
    optional(out, "profile_initial_sync_required", profile.initialSyncRequired(), gen);
    optional(out, "profile_relink_url", profile.relinkUrl().map(Object::toString), gen);
    profile.calendars().ifPresent(calendars -> {
      List<Object> array = new ArrayList<>();
      calendars.forEach(c -> array.add(calendar(c, gen)));
      out.put("profile_calendars", array);
    });
    return unknown(out, gen);
  }

  private static Map<String, Object> calendar(Calendar calendar, IdentityGen gen) {
    Map<String, Object> out = object(gen);
    out.put("calendar_id", calendar.id().value());
    optional(out, "calendar_name", calendar.name(), gen);
    optional(out, "calendar_readonly", calendar.readOnly(), gen);
    optional(out, "calendar_deleted", calendar.deleted(), gen);
    optional(out, "calendar_primary", calendar.primary(), gen);
    optional(out, "calendar_integrated_conferencing_available", calendar.integratedConferencingAvailable(), gen);
    optional(out, "calendar_attachments_available", calendar.attachmentsAvailable(), gen);
    optional(out, "permission_level", calendar.permissionLevel().map(OpenEnum::value), gen);
    return unknown(out, gen);
  }

  private static Map<String, Object> conferencing(ConferencingProfile profile, IdentityGen gen) {
    Map<String, Object> out = object(gen);
    optional(out, "provider_name", profile.provider().map(OpenEnum::value), gen);
    out.put("profile_id", profile.id().value());
    optional(out, "profile_name", profile.name(), gen);
    optional(out, "profile_connected", profile.connected(), gen);
    optional(out, "profile_relink_url", profile.relinkUrl().map(Object::toString), gen);
    return unknown(out, gen);
  }

  static Map<String, Object> account(Account account, IdentityGen gen) {
    Map<String, Object> inner = object(gen);
    inner.put("account_id", account.id().value());
    optional(inner, "email", account.email(), gen);
    optional(inner, "name", account.name(), gen);
    optional(inner, "scope", account.scope().map(Scope::wire), gen);
    optional(inner, "default_tzid", account.defaultTimeZone().map(Object::toString), gen);
    Map<String, Object> root = object(gen);
    root.put("account", unknown(inner, gen));
    optional(root, "sub", account.sub().map(Object::toString), gen);
    return unknown(root, gen);
  }

  static Map<String, Object> profiles(List<CalendarProfile> profiles, IdentityGen gen) {
    Map<String, Object> root = object(gen);
    root.put("profiles", profileList(profiles, gen));
    return unknown(root, gen);
  }

  static Map<String, Object> tokenResponse(TokenResponse response, IdentityGen gen) {
    Map<String, Object> root = object(gen);
    root.put("token_type", response.tokenType());
    root.put("access_token", response.accessToken().value());
    response.expiresIn().ifPresent(d -> root.put("expires_in", d.toSeconds()));
    response.refreshToken().ifPresent(t -> root.put("refresh_token", t.value()));
    optional(root, "scope", response.scope().map(Scope::wire), gen);
    return unknown(root, gen);
  }

  private static Map<String, Object> object(IdentityGen gen) {
    return new LinkedHashMap<>();
  }

  /** Puts a present value; an absent one is omitted or, one time in three, written as null. */
  private static void optional(Map<String, Object> out, String key, Optional<?> value, IdentityGen gen) {
    if (value.isPresent()) {
      out.put(key, value.get());
    } else if (gen.chance(0.33)) {
      out.put(key, JsonText.NULL);
    }
  }

  /** Adds zero to two unknown attributes of any JSON type, then shuffles the keys. */
  private static Map<String, Object> unknown(Map<String, Object> out, IdentityGen gen) {
    int count = gen.nextInt(3);
    for (int i = 0; i < count; i++) {
      out.put(gen.oneOf("x_", "future_", "cronofy.x_", "profile_extra_") + gen.alphanumeric(4), unknownValue(gen, 0));
    }
    List<String> keys = new ArrayList<>(out.keySet());
    for (int i = keys.size() - 1; i > 0; i--) {
      int j = gen.nextInt(i + 1);
      String swap = keys.get(i);
      keys.set(i, keys.get(j));
      keys.set(j, swap);
    }
    Map<String, Object> shuffled = new LinkedHashMap<>();
    keys.forEach(k -> shuffled.put(k, out.get(k)));
    return shuffled;
  }

  static Object unknownValue(IdentityGen gen, int depth) {
    switch (gen.nextInt(depth > 2 ? 5 : 7)) {
      case 0:
        return gen.text();
      case 1:
        return (long) gen.nextInt(1_000_000) - 500_000L;
      case 2:
        return gen.chance(0.5);
      case 3:
        return JsonText.NULL;
      case 4:
        return gen.nextInt(1000) / 7.0;
      case 5: {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("profile_id", gen.text());
        nested.put("x_" + gen.alphanumeric(3), unknownValue(gen, depth + 1));
        return nested;
      }
      default: {
        List<Object> array = new ArrayList<>();
        int size = gen.nextInt(3);
        for (int i = 0; i < size; i++) {
          array.add(unknownValue(gen, depth + 1));
        }
        return array;
      }
    }
  }
}
