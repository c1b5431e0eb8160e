package org.recovery.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
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
  /** The layout of each line: the level, the logger's shortened name and the message. */
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
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
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
}
