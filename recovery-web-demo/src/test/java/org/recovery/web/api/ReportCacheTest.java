package org.recovery.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.testing.MutableClock;

class ReportCacheTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T08:00:00Z"));
  private final ReportCache cache = new ReportCache(clock, 8);
  private final JourneyId journey = JourneyId.random();
  private final PartnerId sam = PartnerId.random();
  private final PartnerId alex = PartnerId.random();
  private final AtomicInteger builds = new AtomicInteger();

  private byte[] build(String text) {
    builds.incrementAndGet();
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private String report(PartnerId viewer, long version, String text) {
    return new String(
        cache.report(journey, viewer, version, () -> build(text)), StandardCharsets.UTF_8);
  }

  @Test
  void anUnchangedJourneyIsReportedOnceAMinute() {
    assertThat(report(sam, 5, "first")).isEqualTo("first");
    clock.advance(Duration.ofSeconds(59));
    assertThat(report(sam, 5, "second")).isEqualTo("first");
    assertThat(builds).hasValue(1);

    clock.advance(Duration.ofSeconds(1));
    assertThat(report(sam, 5, "third"))
        .as("a minute later it is worked out anew")
        .isEqualTo("third");
  }

  @Test
  void aNewEventMeansANewReportAtOnce() {
    report(sam, 5, "before");

    assertThat(report(sam, 6, "after")).isEqualTo("after");
    assertThat(report(sam, 6, "again")).isEqualTo("after");
  }

  @Test
  void onePartnersReportIsNeverSentToTheOther() {
    report(sam, 5, "sam's report");

    assertThat(report(alex, 5, "alex's report")).isEqualTo("alex's report");
    assertThat(report(sam, 5, "rebuilt")).isEqualTo("sam's report");
  }

  @Test
  void aClockThatGoesBackBuildsAnew() {
    report(sam, 5, "first");
    clock.advance(Duration.ofSeconds(-10));

    assertThat(report(sam, 5, "second")).isEqualTo("second");
  }

  @Test
  void forgettingAJourneyDropsTheReportsOfBothPartners() {
    report(sam, 5, "sam");
    report(alex, 5, "alex");
    JourneyId other = JourneyId.random();
    cache.report(other, sam, 1, () -> build("other"));

    cache.forget(journey);

    assertThat(cache.size()).isEqualTo(1);
    assertThat(report(sam, 5, "new")).isEqualTo("new");
  }

  @Test
  void theLeastRecentlyUsedReportIsDroppedBeyondTheCapacity() {
    ReportCache small = new ReportCache(clock, 2);
    PartnerId third = PartnerId.random();
    small.report(journey, sam, 1, () -> build("sam"));
    small.report(journey, alex, 1, () -> build("alex"));
    small.report(journey, sam, 1, () -> build("sam again"));
    small.report(journey, third, 1, () -> build("third"));

    assertThat(small.size()).isEqualTo(2);
    assertThat(new String(small.report(journey, sam, 1, () -> build("x")), StandardCharsets.UTF_8))
        .isEqualTo("sam");
    assertThat(new String(small.report(journey, alex, 1, () -> build("y")), StandardCharsets.UTF_8))
        .as("alex's was the least recently used")
        .isEqualTo("y");
  }

  @Test
  void requestsArrivingDuringABuildWaitForItInsteadOfBuildingTheirOwn() throws Exception {
    CountDownLatch building = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      Future<String> first =
          pool.submit(
              () -> {
                byte[] json =
                    cache.report(
                        journey,
                        sam,
                        5,
                        () -> {
                          building.countDown();
                          awaitQuietly(release);
                          return build("built once");
                        });
                return new String(json, StandardCharsets.UTF_8);
              });
      building.await();
      List<Future<String>> others = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        others.add(pool.submit(() -> report(sam, 5, "built again")));
      }
      release.countDown();
      assertThat(first.get()).isEqualTo("built once");
      for (Future<String> other : others) {
        assertThat(other.get()).isEqualTo("built once");
      }
      assertThat(builds).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aBuildThatFailsKeepsNothing() {
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                cache.report(
                    journey,
                    sam,
                    5,
                    () -> {
                      throw new IllegalStateException("no report");
                    }))
        .withMessage("no report");

    assertThat(cache.size()).isZero();
    assertThat(report(sam, 5, "later")).isEqualTo("later");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aCapacityBelowOneIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ReportCache(clock, 0))
        .withMessage("capacity must be at least 1, was 0");
  }

  @Property(tries = 30)
  void underConcurrentUseEachViewerGetsOnlyTheirOwnReport(
      @ForAll @IntRange(min = 2, max = 6) int viewers,
      @ForAll @IntRange(min = 1, max = 4) int versions)
      throws Exception {
    ReportCache shared = new ReportCache(clock, 4);
    List<PartnerId> ids = new ArrayList<>();
    for (int i = 0; i < viewers; i++) {
      ids.add(PartnerId.random());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> answers = new ArrayList<>();
      for (int round = 0; round < 200; round++) {
        PartnerId viewer = ids.get(round % viewers);
        long version = round % versions;
        answers.add(
            pool.submit(
                () -> {
                  String expected = viewer + "@" + version;
                  byte[] json =
                      shared.report(
                          journey,
                          viewer,
                          version,
                          () -> expected.getBytes(StandardCharsets.UTF_8));
                  return new String(json, StandardCharsets.UTF_8).equals(expected);
                }));
      }
      for (Future<Boolean> answer : answers) {
        assertThat(answer.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
