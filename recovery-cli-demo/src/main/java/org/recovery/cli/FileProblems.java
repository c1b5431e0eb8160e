package org.recovery.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Why a file named on the command line could not be read, in words rather than class names. */
final class FileProblems {
  private FileProblems() {}

  /**
   * A sentence for {@code failure} while reading {@code file}: {@code No such file: PATH.}, or
   * {@code Cannot read PATH: REASON.}
   */
  static String cannotRead(Path file, IOException failure) {
    if (failure instanceof NoSuchFileException) {
      return "No such file: " + file + ".";
    }
    String reason;
    if (failure instanceof AccessDeniedException) {
      reason = "you are not allowed to read it";
    } else if (java.nio.file.Files.isDirectory(file)) {
      reason = "it is a folder, not a file";
    } else if (failure instanceof FileSystemException fs && fs.getReason() != null) {
      reason = fs.getReason().toLowerCase(java.util.Locale.ROOT);
    } else {
      reason = "the system could not read it";
    }
    return "Cannot read " + file + ": " + reason + ".";
  }
}
