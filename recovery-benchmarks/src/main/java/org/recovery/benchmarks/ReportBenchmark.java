package org.recovery.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.Journey;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.progress.Progress;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.StandardModel;

/**
 * What a partner's page costs: folding a journey's events, the partner's view of them, and the full
 * progress report — for a simulated journey of 3 and of 14 months. The baseline is {@link
 * #applyOneByOne}, the fold one event at a time (how {@code Journeys} brings a cached journey up to
 * date, and how {@code Journey.replay} worked before it folded a history in one pass); report the
 * others as ratios to it, for the same journey.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportBenchmark {
  /** How many months the simulated journey lasts. */
  @Param({"3", "14"})
  public int months;

  private List<JourneyEvent> history;
  private PartnerId hurt;
  private Instant asOf;
  private final RecoveryModel model = StandardModel.create();

  /** Simulates the journey once per trial. */
  @Setup
  public void simulate() {
    Histories.Simulated simulated = Histories.simulate(months);
    history = simulated.events();
    hurt = simulated.result().hurt().id();
    asOf = simulated.result().end();
  }

  /** The baseline: the state built one event at a time, each step a new immutable state. */
  @Benchmark
  public JourneyState applyOneByOne() {
    JourneyState state = Journey.replay(history.subList(0, 1));
    for (JourneyEvent e : history.subList(1, history.size())) {
      state = Journey.apply(state, e);
    }
    return state;
  }

  /** The journey's state folded from every event in one pass. */
  @Benchmark
  public JourneyState replay() {
    return Journey.replay(history);
  }

  /** The hurt partner's view: only what they may see, folded. */
  @Benchmark
  public JourneyView view() {
    return JourneyView.of(history, hurt);
  }

  /** The hurt partner's progress report at the end of the journey. */
  @Benchmark
  public ProgressReport report() {
    return Progress.report(model, history, hurt, asOf);
  }

  /** How many events the journey holds (for the write-up). */
  int events() {
    return history.size();
  }
}
