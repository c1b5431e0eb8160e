package org.recovery.core.report;

/**
 * A tiny chart in one line of text: each character a level from low to high, with block characters
 * on a terminal that shows them and an ASCII ramp elsewhere.
 */
public final class Sparkline {
  private static final String BLOCKS = "▁▂▃▄▅▆▇█";
  private static final String ASCII = "_.-~=+*#";

  private Sparkline() {}

  /**
   * Draws {@code values} between {@code min} and {@code max} in at most {@code width} characters:
   * when there are more values than characters, each character shows the mean of a run of
   * consecutive values.
   *
   * @return the chart, empty when there are no values
   */
  public static String of(double[] values, double min, double max, int width, boolean unicode) {
    String ramp = unicode ? BLOCKS : ASCII;
    int columns = Math.min(values.length, width);
    StringBuilder line = new StringBuilder(columns);
    for (int c = 0; c < columns; c++) {
      int from = (int) ((long) c * values.length / columns);
      int to = (int) ((long) (c + 1) * values.length / columns);
      double sum = 0;
      for (int i = from; i < to; i++) {
        sum += values[i];
      }
      double mean = sum / (to - from);
      double share = max > min ? (mean - min) / (max - min) : 0.5;
      int level = (int) Math.round(Math.max(0, Math.min(1, share)) * (ramp.length() - 1));
      line.append(ramp.charAt(level));
    }
    return line.toString();
  }
}
