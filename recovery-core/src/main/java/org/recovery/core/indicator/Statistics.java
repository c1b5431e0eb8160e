package org.recovery.core.indicator;

import java.util.OptionalDouble;

/** Mean, population standard deviation and least-squares slope over plain arrays. */
final class Statistics {
  private Statistics() {}

  /** Σ yᵢ / n, or empty when n = 0. */
  static OptionalDouble mean(double[] y) {
    if (y.length == 0) {
      return OptionalDouble.empty();
    }
    double sum = 0;
    for (double v : y) {
      sum += v;
    }
    return OptionalDouble.of(sum / y.length);
  }

  /** √(Σ (yᵢ − ȳ)² / n), or empty when n = 0. */
  static OptionalDouble populationStandardDeviation(double[] y) {
    if (y.length == 0) {
      return OptionalDouble.empty();
    }
    double mean = mean(y).getAsDouble();
    double squares = 0;
    for (double v : y) {
      squares += (v - mean) * (v - mean);
    }
    return OptionalDouble.of(Math.sqrt(squares / y.length));
  }

  /**
   * Ordinary least squares slope Σ (xᵢ − x̄)(yᵢ − ȳ) / Σ (xᵢ − x̄)², or empty when the x values are
   * fewer than two distinct ones.
   */
  static OptionalDouble slope(double[] x, double[] y) {
    if (x.length < 2) {
      return OptionalDouble.empty();
    }
    double meanX = mean(x).getAsDouble();
    double meanY = mean(y).getAsDouble();
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - meanX) * (y[i] - meanY);
      sxx += (x[i] - meanX) * (x[i] - meanX);
    }
    return sxx == 0 ? OptionalDouble.empty() : OptionalDouble.of(sxy / sxx);
  }
}
