package org.recovery.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LogbackServiceProvider;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The {@code recovery} command's binding of slf4j to logback, named by {@link Main} through slf4j's
 * {@value #PROPERTY} property: a logback context set up by {@link QuietLogging} directly, without
 * logback's general start-up (its version checks, a search for configurators, reading their
 * annotations), which took a noticeable part of a short command's start. With {@code
 * -Dlogback.configurationFile} set, logback's own provider starts instead and reads that file.
 */
public final class QuietLoggingProvider implements SLF4JServiceProvider {
  /** The system property with which slf4j is told which provider to use. */
  static final String PROPERTY = "slf4j.provider";

  /** How much slf4j says about itself; it announces a provider named by property at INFO. */
  static final String VERBOSITY = "slf4j.internal.verbosity";

  private SLF4JServiceProvider delegate;
  private LoggerContext context;
  private IMarkerFactory markers;
  private LogbackMDCAdapter mdc;

  /** Made by slf4j. */
  public QuietLoggingProvider() {}

  /**
   * Names this provider to slf4j, unless the person named one of their own, and keeps slf4j from
   * announcing it on the error stream. Must run before anything logs.
   */
  static void choose() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, QuietLoggingProvider.class.getName());
      if (System.getProperty(VERBOSITY) == null) {
        System.setProperty(VERBOSITY, "WARN");
      }
    }
  }

  @Override
  public void initialize() {
    if (System.getProperty(QuietLogging.CONFIGURATION_FILE) != null) {
      delegate = new LogbackServiceProvider();
      delegate.initialize();
      return;
    }
    context = new LoggerContext();
    context.setName("default");
    mdc = new LogbackMDCAdapter();
    context.setMDCAdapter(mdc);
    markers = new BasicMarkerFactory();
    QuietLogging quiet = new QuietLogging();
    quiet.setContext(context);
    quiet.configure(context);
    context.start();
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return delegate != null ? delegate.getLoggerFactory() : context;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return delegate != null ? delegate.getMarkerFactory() : markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return delegate != null ? delegate.getMDCAdapter() : mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return LogbackServiceProvider.REQUESTED_API_VERSION;
  }
}
