package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/** A padded or case-changed outcome does not end a journey. */
class ExactEnumApiTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\tSEPARATED",
        "SEPARATED ",
        "\\u0000SEPARATED",
        "separated",
        "Separated",
        "\\u00a0SEPARATED"
      })
  void aSpoiledOutcomeIsRefusedAndTheJourneyGoesOn(String outcome) {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple couple = server.couple("enum");
      int before = server.events(couple.journey());
      Response r = couple.a().act("/end", "{\"outcome\":\"" + outcome + "\"}");
      assertThat(r.status()).as(r.toString()).isEqualTo(400);
      assertThat(r.body()).contains("must be one of");
      assertThat(server.events(couple.journey())).isEqualTo(before);
    }
  }
}
