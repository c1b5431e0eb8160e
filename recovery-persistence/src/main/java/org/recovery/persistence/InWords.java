package org.recovery.persistence;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.sql.SQLException;

/**
 * Says what a file or database failure means in words a person understands ("no such file: …", "not
 * a Recovery database"), for messages shown to users. The Java class of the failure is left out: it
 * belongs in the stack trace, which {@code --verbose} and the log keep.
 */
public final class InWords {
  private InWords() {}

  /** The failure {@code e} (or the first cause that says more) in words, without class names. */
  public static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String words = known(t);
      if (words != null) {
        return words;
      }
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "an unexpected problem" : message;
  }

  private static String known(Throwable t) {
    if (t instanceof NoSuchFileException f) {
      return "no such file: " + f.getFile();
    }
    if (t instanceof AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (t instanceof NotDirectoryException f) {
      return "not a folder: " + f.getFile();
    }
    if (t instanceof FileAlreadyExistsException f) {
      return "a file is in the way: " + f.getFile();
    }
    if (t instanceof DirectoryNotEmptyException f) {
      return "the folder is not empty: " + f.getFile();
    }
    if (t instanceof FileSystemException f) {
      return (f.getReason() == null ? "the file system refused" : f.getReason())
          + (f.getFile() == null ? "" : ": " + f.getFile());
    }
    if (t instanceof SQLException sql) {
      return sqlite(sql);
    }
    return null;
  }

  /** SQLite's result codes (the primary code, in the low byte), in words. */
  private static String sqlite(SQLException e) {
    String message = String.valueOf(e.getMessage());
    if (!message.startsWith("[SQLITE_")) {
      return e.getMessage();
    }
    return switch (e.getErrorCode() & 0xFF) {
      case 26 -> "it is not a Recovery database (not a SQLite database file)";
      case 11 -> "the database file is damaged";
      case 14 ->
          "the database file cannot be opened: its folder is missing, or it may not be"
              + " written there";
      case 8 -> "the database file may only be read, not written";
      case 3, 23 -> "permission denied";
      case 13 -> "the disk is full";
      case 10 -> "the disk could not be read or written";
      case 5, 6 -> "the database file is busy: another program is using it";
      default -> message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "").strip();
    };
  }
}
