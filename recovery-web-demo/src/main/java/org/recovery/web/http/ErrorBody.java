package org.recovery.web.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of every error the API returns.
 *
 * @param code a stable code, e.g. {@code INVALID_FIELD} or a core rejection code
 * @param message a sentence for a person
 * @param field the field at fault, for bad input; left out otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(String code, String message, String field) {

  /** The body of {@code error}. */
  public static ErrorBody of(ApiError error) {
    return new ErrorBody(error.code(), error.getMessage(), error.field().orElse(null));
  }
}
