package org.recovery.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.joran.spi.ConsoleTarget;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * The {@code recovery} command's logging, set up in code rather than read from an XML file, so a
 * start does not load an XML parser: warnings and errors only, on the error stream, as {@code LEVEL
 * logger: message}, and logback's own status lines never printed. Nothing in the app logs the
 * content of notes or ratings.
 *
 * <p>Logback finds it through {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}
 * before it would look for a {@code logback.xml}, and no other configuration runs after it unless
 * {@code -Dlogback.configurationFile} names one.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class QuietLogging extends ContextAwareBase implements Configurator {
  /**
   * The layout of each line, as a logback pattern: the level, the logger's name shortened to about
   * 20 characters, the message, and the stack trace of an exception if the event has one.
   */
  static final String PATTERN = "%level %logger{20}: %msg%n";

  /** The system property with which a person names a logback configuration file of their own. */
  static final String CONFIGURATION_FILE = "logback.configurationFile";

  /** Made by logback's service loader. */
  public QuietLogging() {}

  /**
   * Sets up the quiet console logging, unless {@code -Dlogback.configurationFile} names a file of
   * the person's own: then logback's own configurator reads that file instead.
   */
  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty(CONFIGURATION_FILE) != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    context.getStatusManager().add(new NopStatusListener());
    Lines lines = new Lines();
    lines.setContext(context);
    lines.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(lines);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget(ConsoleTarget.SystemErr.getName());
    stderr.setEncoder(encoder);
    stderr.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /**
   * Writes each event as {@link #PATTERN} would, without logback's pattern machinery: setting up a
   * {@code PatternLayout} links some sixty converters, a noticeable part of a short command's
   * start.
   */
  static final class Lines extends LayoutBase<ILoggingEvent> {
    private final TargetLengthBasedClassNameAbbreviator names =
        new TargetLengthBasedClassNameAbbreviator(20);

    @Override
    public String doLayout(ILoggingEvent event) {
      StringBuilder line =
          new StringBuilder(128)
              .append(event.getLevel())
              .append(' ')
              .append(names.abbreviate(event.getLoggerName()))
              .append(": ")
              .append(event.getFormattedMessage())
              .append(CoreConstants.LINE_SEPARATOR);
      IThrowableProxy thrown = event.getThrowableProxy();
      if (thrown != null) {
        line.append(ThrowableProxyUtil.asString(thrown)).append(CoreConstants.LINE_SEPARATOR);
      }
      return line.toString();
    }
  }
}
