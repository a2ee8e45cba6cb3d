package net.calkit.identity.domain.error;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a 422 body: {@code {"errors": {"<param>": [{"key": ..., "description": ...}]}}}.
 *
 * @param parameter the parameter the error is about
 * @param key the machine-readable key, such as {@code errors.required}
 * @param description the human description
 */
public record FieldError(String parameter, Optional<String> key, Optional<String> description) {
  /** Rejects null components. */
  public FieldError {
    Objects.requireNonNull(parameter, "parameter == null");
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(description, "description == null");
  }
}
