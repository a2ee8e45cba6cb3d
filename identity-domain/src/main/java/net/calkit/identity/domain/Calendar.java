package net.calkit.identity.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A calendar within a calendar profile ({@code profile_calendars[]} of userinfo). Only the ID is
 * certain; every other attribute is optional because minimal bodies exist.
 *
 * @param id {@code calendar_id}
 * @param name {@code calendar_name}
 * @param readOnly {@code calendar_readonly}
 * @param deleted {@code calendar_deleted}
 * @param primary {@code calendar_primary}
 * @param integratedConferencingAvailable {@code calendar_integrated_conferencing_available}
 * @param attachmentsAvailable {@code calendar_attachments_available}
 * @param permissionLevel {@code permission_level}
 */
public record Calendar(
    CalendarId id,
    Optional<String> name,
    Optional<Boolean> readOnly,
    Optional<Boolean> deleted,
    Optional<Boolean> primary,
    Optional<Boolean> integratedConferencingAvailable,
    Optional<Boolean> attachmentsAvailable,
    Optional<PermissionLevel> permissionLevel) {

  /** Rejects null components. */
  public Calendar {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(readOnly, "readOnly == null");
    Objects.requireNonNull(deleted, "deleted == null");
    Objects.requireNonNull(primary, "primary == null");
    Objects.requireNonNull(integratedConferencingAvailable, "integratedConferencingAvailable == null");
    Objects.requireNonNull(attachmentsAvailable, "attachmentsAvailable == null");
    Objects.requireNonNull(permissionLevel, "permissionLevel == null");
  }

  /** A calendar with only an ID. */
  public static Calendar of(CalendarId id) {
    return new Calendar(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A copy with {@code calendar_name}. */
  public Calendar withName(String newName) {
    return new Calendar(id, Optional.of(newName), readOnly, deleted, primary, integratedConferencingAvailable,
        attachmentsAvailable, permissionLevel);
  }
}
