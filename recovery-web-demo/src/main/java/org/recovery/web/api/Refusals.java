package org.recovery.web.api;

import org.recovery.core.common.Rejection;
import org.recovery.core.common.RejectionCode;
import org.recovery.web.http.ApiError;

/**
 * The HTTP answer to a core refusal: 409 when the command collides with the journey's current state
 * (already done, wrong status, ended), 422 when it breaks a rule whoever sends it, and 404 when the
 * journey is not the partner's. The code and sentence are the core's own.
 */
final class Refusals {
  private Refusals() {}

  static ApiError of(Rejection rejection) {
    return ApiError.of(status(rejection.code()), rejection.code().name(), rejection.reason());
  }

  static int status(RejectionCode code) {
    switch (code) {
      case JOURNEY_NOT_FOUND:
      case NOT_A_PARTNER:
        return 404;
      case JOURNEY_ALREADY_STARTED:
      case JOURNEY_ENDED:
      case JOURNEY_PAUSE_STATE:
      case ALREADY_RECORDED:
      case COMMITMENT_STATUS:
      case OCCURRENCE_CLOSED:
      case ALREADY_CHECKED_IN:
      case BOUNDARY_PROPOSAL_STATE:
      case NO_CHANGE:
      case LAST_STAGE:
      case JOURNEY_HELD:
        return 409;
      default:
        return 422;
    }
  }
}
