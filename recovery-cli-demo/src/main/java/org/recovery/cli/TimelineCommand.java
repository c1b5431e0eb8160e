package org.recovery.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code recovery timeline}: the journey's events as the acting partner may see them. */
@Command(
    name = "timeline",
    description = {
      "Show the journey's events as you may see them,"
          + " newest first, a page at a time. Your partner's private entries are never among them."
    })
final class TimelineCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final int INDENT = 18;
  private static final int DEFAULT_PAGE_SIZE = 20;

  @ParentCommand private RecoveryCommand root;

  @Option(
      names = "--page",
      paramLabel = "N",
      defaultValue = "1",
      description = "Which page, from 1 for the newest (default: 1).")
  private int page;

  @Option(
      names = "--page-size",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_PAGE_SIZE,
      description = "Events per page, 1 to 500 (default: 20).")
  private int pageSize;

  @Override
  public Integer call() {
    if (page < 1) {
      throw CliFailure.usage("--page must be 1 or more, was " + page + ".");
    }
    if (pageSize < 1 || pageSize > 500) {
      throw CliFailure.usage("--page-size must be between 1 and 500, was " + pageSize + ".");
    }
    try (Session session = root.session()) {
      JourneyView view = session.view();
      List<JourneyEvent> newestFirst = new ArrayList<>(view.events());
      java.util.Collections.reverse(newestFirst);
      int pages = Math.max(1, (newestFirst.size() + pageSize - 1) / pageSize);
      PrintWriter out = session.context().out();
      if (page > pages) {
        out.println("Page " + page + " is past the last page, " + pages + ".");
        return 0;
      }
      EventText text = new EventText(session.names(), view.state());
      Style style = Style.of(session.context());
      int from = (page - 1) * pageSize;
      for (JourneyEvent event :
          newestFirst.subList(from, Math.min(newestFirst.size(), from + pageSize))) {
        List<String> lines = Text.wrap(text.describe(event), INDENT, Text.WIDTH);
        String when = WHEN.format(event.at().atZone(view.state().zone()));
        out.println(style.dim(when) + lines.get(0).substring(when.length()));
        lines.subList(1, lines.size()).forEach(out::println);
      }
      out.println(
          style.dim(
              "Page "
                  + page
                  + " of "
                  + pages
                  + " · "
                  + Words.count(newestFirst.size(), "event")
                  + (page < pages
                      ? " · older: "
                          + session.hintForMe(
                              "timeline --page "
                                  + (page + 1)
                                  + (pageSize != DEFAULT_PAGE_SIZE
                                      ? " --page-size " + pageSize
                                      : ""))
                      : "")));
    }
    return 0;
  }
}
