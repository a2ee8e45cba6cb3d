package net.calkit.identity.fake;

import java.util.Objects;
import java.util.Optional;
import net.calkit.identity.domain.Calendar;
import net.calkit.identity.domain.CalendarId;
import net.calkit.identity.domain.PermissionLevel;
import org.jspecify.annotations.Nullable;

/**
 * Seeds one calendar of a calendar profile. Defaults: a generated {@code cal_} ID, no name, writable, not
 * deleted, not primary, no integrated conferencing, no attachments, permission level {@code unrestricted}.
 */
public final class CalendarSpec {
  private @Nullable CalendarId id;
  private @Nullable String name;
  private boolean readOnly;
  private boolean deleted;
  private boolean primary;
  private boolean integratedConferencingAvailable;
  private boolean attachmentsAvailable;
  private PermissionLevel permissionLevel = PermissionLevel.UNRESTRICTED;

  CalendarSpec() {}

  /** {@code calendar_id}; throws {@link IllegalArgumentException} for an invalid ID. */
  public CalendarSpec id(String value) {
    this.id = CalendarId.of(value);
    return this;
  }

  /** {@code calendar_name}. */
  public CalendarSpec name(String value) {
    this.name = Objects.requireNonNull(value, "name == null");
    return this;
  }

  /** {@code calendar_readonly}. */
  public CalendarSpec readOnly(boolean value) {
    this.readOnly = value;
    return this;
  }

  /** {@code calendar_deleted}. */
  public CalendarSpec deleted(boolean value) {
    this.deleted = value;
    return this;
  }

  /** {@code calendar_primary}. */
  public CalendarSpec primary(boolean value) {
    this.primary = value;
    return this;
  }

  /** {@code calendar_integrated_conferencing_available}. */
  public CalendarSpec integratedConferencingAvailable(boolean value) {
    this.integratedConferencingAvailable = value;
    return this;
  }

  /** {@code calendar_attachments_available}. */
  public CalendarSpec attachmentsAvailable(boolean value) {
    this.attachmentsAvailable = value;
    return this;
  }

  /** {@code permission_level}; any value, known or not. */
  public CalendarSpec permissionLevel(PermissionLevel value) {
    this.permissionLevel = Objects.requireNonNull(value, "permissionLevel == null");
    return this;
  }

  Calendar build(Ids ids, String profileId) {
    CalendarId calendarId = id != null ? id : ids.calendarId(profileId);
    return new Calendar(calendarId, Optional.ofNullable(name), Optional.of(readOnly), Optional.of(deleted),
        Optional.of(primary), Optional.of(integratedConferencingAvailable), Optional.of(attachmentsAvailable),
        Optional.of(permissionLevel));
  }
}
