package org.recovery.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.recovery.core.report.HtmlReport;
import org.recovery.core.report.MarkdownReport;
import org.recovery.core.report.ReportView;
import org.recovery.persistence.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code recovery report}: the progress report as Markdown, HTML or the stable JSON. */
@Command(
    name = "report",
    description = {
      "Write your progress report as Markdown, HTML or JSON,"
          + " to share with a counsellor. JSON is the stable machine format (docs/report-format.md).",
      "A file written with --output is readable by you only."
    })
final class ReportCommand implements Callable<Integer> {
  /** The formats of the report. */
  enum Format {
    MARKDOWN,
    HTML,
    JSON
  }

  @ParentCommand private RecoveryCommand root;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "markdown",
      completionCandidates = Choices.Formats.class,
      description = "${COMPLETION-CANDIDATES} (default: markdown).")
  private Format format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write to this file instead of the terminal.")
  private Path output;

  @Override
  public Integer call() {
    String text;
    try (Session session = root.session()) {
      text = render(session.reportView(), format);
    }
    if (output == null) {
      root.context().out().print(text);
    } else {
      Path file = root.context().resolve(output);
      try {
        OwnerOnlyFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw CliFailure.storage("Cannot write " + file + ": " + e.getMessage() + ".", e);
      }
      root.context().out().println("Wrote the report to " + file + ".");
    }
    return 0;
  }

  /** The report in {@code format}. */
  static String render(ReportView view, Format format) {
    switch (format) {
      case HTML:
        return HtmlReport.render(view);
      case JSON:
        return ReportJson.write(view);
      default:
        return MarkdownReport.render(view);
    }
  }
}
