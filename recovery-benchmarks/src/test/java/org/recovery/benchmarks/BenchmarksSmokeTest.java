package org.recovery.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every benchmark method once on a small journey, so a benchmark that no longer works fails
 * the normal build rather than a measuring run. Measures nothing.
 */
class BenchmarksSmokeTest {

  @Test
  void theReportBenchmarkFoldsViewsAndReportsTheSimulatedJourney() {
    ReportBenchmark bench = new ReportBenchmark();
    bench.months = 1;
    bench.simulate();

    assertThat(bench.events()).isGreaterThan(100);
    assertThat(bench.replay().version()).isEqualTo((long) bench.events());
    assertThat(bench.applyOneByOne()).isEqualTo(bench.replay());
    assertThat(bench.view().events()).isNotEmpty().hasSizeLessThanOrEqualTo(bench.events());
    assertThat(bench.report().model()).isEqualTo("standard@2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "sqlite", "postgres"})
  void theStoreBenchmarkStoresACommandAndLeavesNoFilesBehind(String store) throws IOException {
    StoreBenchmark bench = new StoreBenchmark();
    bench.store = store;
    bench.open();
    try {
      assertThat(bench.writeJournalEntry().isAccepted()).isTrue();
      assertThat(bench.writeJournalEntry().isAccepted()).isTrue();
    } finally {
      bench.close();
    }
    assertThat(bench.folder())
        .satisfiesAnyOf(
            folder -> assertThat(folder).isNull(),
            folder -> assertThat(Files.exists(folder)).isFalse());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "latest"})
  void theAppendBenchmarkAppendsAfterALongJourneyAndLeavesNoFilesBehind(String schema)
      throws Exception {
    AppendBenchmark bench = new AppendBenchmark();
    bench.schema = schema;
    bench.events = 50;
    bench.batchSize = 20; // three appends of the set-up, each its own command
    bench.open();
    Path folder;
    try {
      // the set-up's own command, reading the journey into memory, made event 51
      assertThat(bench.append()).isEqualTo(52);
      assertThat(bench.append()).isEqualTo(53);
      assertThat(bench.command().isAccepted()).isTrue();
      assertThat(bench.append()).isEqualTo(55);
      assertThat(bench.rawInsert()).isEqualTo(1);
      folder = bench.folder();
    } finally {
      bench.close();
    }
    assertThat(Files.exists(folder)).isFalse();
  }

  @Test
  void theWarmReportBenchmarkReportsFromTheStoredJourneyAndScansItsRows() throws Exception {
    WarmReportBenchmark bench = new WarmReportBenchmark();
    bench.months = 1;
    bench.open();
    Path folder;
    try {
      assertThat(bench.report().model()).isEqualTo("standard@2");
      assertThat(bench.report()).isEqualTo(bench.report());
      assertThat(bench.rawScan()).isGreaterThan(100L * bench.events());
      folder = bench.folder();
    } finally {
      bench.close();
    }
    assertThat(Files.exists(folder)).isFalse();
  }

  @Test
  void aPostgresServerThatDoesNotFlushItsCommitsIsRefused() throws Exception {
    try (EmbeddedPostgres fast = EmbeddedPostgres.builder().start()) {
      assertThatIllegalStateException()
          .isThrownBy(() -> BenchPostgres.named(fast.getJdbcUrl("postgres", "postgres")))
          .withMessageContaining("has fsync = off; measure with it on");
    }
  }

  @Test
  void theManyJourneysBenchmarkReportsOneJourneyAmongTheCopies() throws Exception {
    ManyJourneysBenchmark bench = new ManyJourneysBenchmark();
    bench.journeys = 50;
    bench.open();
    Path folder;
    try {
      assertThat(bench.list()).hasSize(50).doesNotHaveDuplicates();
      assertThat(bench.coldReport().model()).isEqualTo("standard@2");
      bench.openAndClose();
      assertThat(bench.coldReport()).isEqualTo(bench.coldReport());
      folder = bench.folder();
    } finally {
      bench.close();
    }
    assertThat(Files.exists(folder)).isFalse();
  }

  @Test
  void anUnknownStoreIsRefused() {
    StoreBenchmark bench = new StoreBenchmark();
    bench.store = "paper";

    assertThatIllegalArgumentException()
        .isThrownBy(bench::open)
        .withMessage("store must be memory, sqlite or postgres, was paper");
  }

  @Test
  void theBenchmarksAreTheOnesTheGuideNames() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "benchmarks.md"));

    for (String name :
        List.of(
            "ReportBenchmark.applyOneByOne",
            "ReportBenchmark.replay",
            "ReportBenchmark.view",
            "ReportBenchmark.report",
            "StoreBenchmark.writeJournalEntry",
            "AppendBenchmark.append",
            "AppendBenchmark.command",
            "AppendBenchmark.rawInsert",
            "WarmReportBenchmark.report",
            "WarmReportBenchmark.rawScan",
            "ManyJourneysBenchmark.coldReport",
            "ManyJourneysBenchmark.openAndClose",
            "ManyJourneysBenchmark.list")) {
      assertThat(guide).contains(name);
    }
  }
}
