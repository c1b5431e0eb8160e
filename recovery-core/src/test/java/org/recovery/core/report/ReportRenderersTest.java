package org.recovery.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.recovery.core.Journeys;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.CommitmentCommand;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.PersonalCommand;
import org.recovery.core.journey.Settings;
import org.recovery.core.spi.InMemoryEventStore;

/** The Markdown and HTML renderers over a journey whose partners wrote markup into it. */
class ReportRenderersTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
  private static final String TITLE = "<script>alert('x')</script> | *calls* & \"more\"";

  private final Journeys journeys =
      Journeys.using(new InMemoryEventStore(), Clock.fixed(NOW, ZONE));
  private final Partner sam = Partner.named("Sam <img src=x onerror=alert(1)>");
  private final Partner alex = Partner.named("Alex");
  private final JourneyId journey = journeys.start(sam, alex, ZONE, Settings.DEFAULTS);

  ReportRenderersTest() {
    CommitmentId calls = CommitmentId.random();
    require(
        journeys.execute(
            journey,
            sam.id(),
            new CommitmentCommand.ProposeCommitment(
                calls,
                alex.id(),
                TITLE,
                CommitmentCategory.COMMUNICATION,
                Cost.HIGH,
                Cadence.parse("daily"),
                Verification.SELF_REPORTED)));
    require(journeys.execute(journey, alex.id(), new CommitmentCommand.AcceptCommitment(calls)));
    require(
        journeys.execute(
            journey,
            alex.id(),
            new CommitmentCommand.ActivateCommitment(calls, LocalDate.of(2025, 3, 10))));
  }

  @Test
  void htmlEscapesEverythingAPartnerWrote() {
    String html = HtmlReport.render(view(sam.id()));

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .doesNotContain("<script", "<img")
        .contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | *calls* &amp; &quot;more" + "&quot;",
            "Sam &lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void markdownKeepsAPartnersTextFromBreakingTablesOrMarkup() {
    String markdown = MarkdownReport.render(view(alex.id()));

    assertThat(markdown)
        .contains("&lt;script>alert('x')&lt;/script> \\| \\*calls\\* & \"more\"")
        .doesNotContain("<script", "<img");
  }

  @Test
  void everyReportCarriesCrisisHelpAndTheCoresWords() {
    for (PartnerId viewer : new PartnerId[] {sam.id(), alex.id()}) {
      String markdown = MarkdownReport.render(view(viewer));
      String html = HtmlReport.render(view(viewer));

      assertThat(markdown).contains("## If you need help now", "| high cost |");
      assertThat(html).contains("<h2>If you need help now</h2>");
      assertThat(markdown + html)
          .doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]+\\b")
          .doesNotContain("HIGH", "LOW");
    }
  }

  @Test
  void aCrisisPutsThePromptAndHelpFirstForItsAuthorOnly() {
    require(
        journeys.execute(
            journey, sam.id(), new PersonalCommand.FlagCrisis(LocalDate.of(2025, 3, 10))));

    String own = HtmlReport.render(view(sam.id()));
    String markdown = MarkdownReport.render(view(sam.id()));
    String partners = HtmlReport.render(view(alex.id()));

    assertThat(own.indexOf("role=\"alert\""))
        .isPositive()
        .isLessThan(own.indexOf("If you need help now"))
        .isLessThan(own.indexOf("<h2>Stage"));
    assertThat(own.split("If you need help now", -1)).hasSize(2);
    assertThat(markdown.indexOf("## If you need help now"))
        .isLessThan(markdown.indexOf("## Stage"));
    assertThat(partners)
        .doesNotContain("role=\"alert\"", "not safe")
        .contains("<h2>If you need help now</h2>");
    assertThat(partners.indexOf("If you need help now"))
        .isGreaterThan(partners.indexOf("<h2>Stage"));
  }

  @Test
  void aViewerWhoIsNotAPartnerGetsNoView() {
    assertThat(ReportView.of(journeys, journey, PartnerId.random())).isEmpty();
    JourneyId other =
        journeys.start(Partner.named("Kim"), Partner.named("Lee"), ZONE, Settings.DEFAULTS);
    assertThatThrownBy(
            () ->
                ReportView.of(
                    journeys.report(journey, sam.id()).orElseThrow(),
                    journeys.summary(other).orElseThrow(),
                    journeys.model(),
                    journeys.instruments()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a partner");
  }

  private ReportView view(PartnerId viewer) {
    return ReportView.of(journeys, journey, viewer).orElseThrow();
  }

  private static void require(Decision decision) {
    assertThat(decision.rejection()).isEmpty();
  }
}
