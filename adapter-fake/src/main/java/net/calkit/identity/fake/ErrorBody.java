package net.calkit.identity.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.calkit.identity.domain.error.FieldError;

/**
 * The body of an error answer, in the shape the real API sends for that status: empty (most statuses),
 * an OAuth error ({@code 400} from the token endpoint) or field errors ({@code 422}).
 */
public sealed interface ErrorBody permits ErrorBody.Empty, ErrorBody.OAuthError, ErrorBody.FieldErrors {

  /** No body. */
  ErrorBody EMPTY = new Empty();

  /** The body as JSON text; empty for {@link Empty}. */
  String json();

  /** An OAuth error body {@code {"error": code}}, such as {@code invalid_grant}. */
  static ErrorBody oauth(String error) {
    return new OAuthError(error);
  }

  /** A 422 body {@code {"errors": {param: [{key, description}]}}}. */
  static ErrorBody fieldErrors(List<FieldError> errors) {
    return new FieldErrors(errors);
  }

  /** No body. */
  record Empty() implements ErrorBody {
    @Override
    public String json() {
      return "";
    }
  }

  /**
   * An OAuth error body.
   *
   * @param error the {@code error} code, such as {@code invalid_grant}
   */
  record OAuthError(String error) implements ErrorBody {
    /** Rejects an empty code. */
    public OAuthError {
      if (Objects.requireNonNull(error, "error == null").isEmpty()) {
        throw new IllegalArgumentException("error must not be empty");
      }
    }

    @Override
    public String json() {
      return "{\"error\":" + Json.quote(error) + "}";
    }
  }

  /**
   * A 422 body.
   *
   * @param errors the field errors, in order
   */
  record FieldErrors(List<FieldError> errors) implements ErrorBody {
    /** Copies the list. */
    public FieldErrors {
      errors = List.copyOf(Objects.requireNonNull(errors, "errors == null"));
    }

    @Override
    public String json() {
      Map<String, List<FieldError>> byParameter = new LinkedHashMap<>();
      for (FieldError error : errors) {
        byParameter.computeIfAbsent(error.parameter(), p -> new ArrayList<>()).add(error);
      }
      StringBuilder out = new StringBuilder("{\"errors\":{");
      boolean firstParameter = true;
      for (Map.Entry<String, List<FieldError>> entry : byParameter.entrySet()) {
        out.append(firstParameter ? "" : ",").append(Json.quote(entry.getKey())).append(":[");
        firstParameter = false;
        boolean first = true;
        for (FieldError error : entry.getValue()) {
          out.append(first ? "{" : ",{");
          first = false;
          boolean keyWritten = false;
          if (error.key().isPresent()) {
            out.append("\"key\":").append(Json.quote(error.key().get()));
            keyWritten = true;
          }
          if (error.description().isPresent()) {
            out.append(keyWritten ? "," : "").append("\"description\":").append(Json.quote(error.description().get()));
          }
          out.append('}');
        }
        out.append(']');
      }
      return out.append("}}").toString();
    }
  }
}
