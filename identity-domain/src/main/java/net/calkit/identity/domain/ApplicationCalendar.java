package net.calkit.identity.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * An application calendar's details (userinfo's {@code cronofy.data.application_calendar}).
 *
 * @param id {@code application_calendar_id}
 */
public record ApplicationCalendar(Optional<ApplicationCalendarId> id) {
  /** Rejects null components. */
  public ApplicationCalendar {
    Objects.requireNonNull(id, "id == null");
  }
}
