package net.calkit.identity.fake;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.domain.OpenEnum;
import net.calkit.identity.domain.RelinkUrl;

/**
 * Relink URLs on the data center's app host, shaped like the documented examples:
 * {@code https://app-uk.cronofy.com/relink/apple?email=...} and
 * {@code https://app-uk.cronofy.com/v2/relink/go_to?email=...}; {@code profile_id=} when the profile has no name.
 */
final class RelinkUrls {
  private final String base;

  RelinkUrls(DataCenter dataCenter) {
    this.base = dataCenter.appBaseUri().toString();
  }

  RelinkUrl calendar(CalendarProfile profile) {
    return RelinkUrl.of(base + "/relink/" + profile.provider().map(OpenEnum::value).orElse("calendar")
        + query(profile.name().orElse(""), profile.id().value()));
  }

  RelinkUrl conferencing(ConferencingProfile profile) {
    return RelinkUrl.of(base + "/v2/relink/" + profile.provider().map(OpenEnum::value).orElse("conferencing")
        + query(profile.name().orElse(""), profile.id().value()));
  }

  private static String query(String name, String profileId) {
    return name.isBlank()
        ? "?profile_id=" + URLEncoder.encode(profileId, StandardCharsets.UTF_8)
        : "?email=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
  }
}
