package org.recovery.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.persistence.instrument.InstrumentFileException;
import org.recovery.persistence.instrument.InstrumentFiles;
import org.recovery.persistence.instrument.InstrumentFormatException;
import org.recovery.persistence.instrument.InstrumentReader;
import org.recovery.persistence.instrument.InstrumentWriter;

/**
 * A practice's own questionnaires: the {@value #NAME} folder beside the database, one owner-only
 * JSON file per definition, named {@code ID@VERSION.json}, in the format of docs/instruments.md.
 * Every command that opens a journey scores with the shipped definitions and these.
 */
final class InstrumentFolder {
  /** The folder's name, in the database's directory. */
  static final String NAME = "instruments";

  private static final String SUFFIX = ".json";

  private final Path folder;

  private InstrumentFolder(Path folder) {
    this.folder = folder;
  }

  /** The folder beside the database of {@code files}. */
  static InstrumentFolder of(DataFiles files) {
    return new InstrumentFolder(files.database().resolveSibling(NAME));
  }

  Path path() {
    return folder;
  }

  /** The file a definition is kept in. */
  Path fileOf(Instrument instrument) {
    return folder.resolve(instrument.id() + "@" + instrument.version() + SUFFIX);
  }

  /**
   * Every definition in the folder, in file name order; none if there is no folder. Files whose
   * name does not end in {@value #SUFFIX}, and hidden files, are not definitions.
   *
   * @throws CliFailure 3 naming the file if one cannot be read or is not a valid definition
   */
  List<InstrumentFiles.Entry> stored() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try {
      return InstrumentFiles.read(folder);
    } catch (InstrumentFileException e) {
      throw broken(e);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * The shipped questionnaires and the folder's.
   *
   * @throws CliFailure 3 naming the file if one is broken, or defines an id and version that
   *     another definition already has, differently
   */
  InstrumentCatalogue catalogue() {
    if (!Files.isDirectory(folder)) {
      return InstrumentCatalogue.standard();
    }
    try {
      return InstrumentFiles.catalogue(InstrumentCatalogue.standard(), folder);
    } catch (InstrumentFileException e) {
      throw broken(e);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private static CliFailure broken(InstrumentFileException e) {
    return CliFailure.storage(
        "The questionnaire file "
            + e.file()
            + (e.formatError().isPresent() ? " is not a valid definition: " : " cannot be used: ")
            + e.problem()
            + ".",
        e);
  }

  private CliFailure unreadable(IOException e) {
    return CliFailure.storage(
        "Cannot read the questionnaire folder "
            + folder
            + ": "
            + e.getClass().getSimpleName()
            + ".",
        e);
  }

  /**
   * Keeps {@code instrument} in the folder, owner-only.
   *
   * @return false if the very same definition is already there (nothing is written)
   * @throws CliFailure 2 if another definition with the same id and version exists; 3 if the folder
   *     is broken or the file cannot be written
   */
  boolean add(Instrument instrument) {
    Optional<Instrument> existing = catalogue().find(instrument.id(), instrument.version());
    if (existing.isPresent()) {
      if (existing.get().equals(instrument)) {
        return false;
      }
      throw CliFailure.usage(
          "Questionnaire "
              + instrument.id()
              + " version "
              + instrument.version()
              + " already exists with a different definition. A changed"
              + " definition needs a new version: give it \"version\": "
              + nextVersion(instrument)
              + ". Nothing was written.");
    }
    try {
      createFolder();
      OwnerOnlyFiles.write(
          fileOf(instrument), InstrumentWriter.write(instrument).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw CliFailure.storage(
          "Cannot write " + fileOf(instrument) + ": " + e.getMessage() + ".", e);
    }
    return true;
  }

  private int nextVersion(Instrument instrument) {
    return catalogue().definitions().stream()
            .filter(i -> i.id().equals(instrument.id()))
            .mapToInt(Instrument::version)
            .max()
            .orElse(0)
        + 1;
  }

  private void createFolder() throws IOException {
    if (Files.isDirectory(folder)) {
      return;
    }
    Path parent = folder.getParent();
    Files.createDirectories(parent);
    if (Files.getFileStore(parent).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.createDirectory(
          folder,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectory(folder);
    }
  }

  /**
   * Reads a definition file.
   *
   * @throws CliFailure 3 naming the file and the JSON path of the problem
   */
  static Instrument read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return InstrumentReader.read(in);
    } catch (InstrumentFormatException e) {
      throw CliFailure.storage(
          "The questionnaire file " + file + " is not a valid definition: " + e.getMessage() + ".",
          e);
    } catch (IOException e) {
      throw CliFailure.storage(
          "Cannot read the questionnaire file " + file + ": " + e.getClass().getSimpleName() + ".",
          e);
    }
  }
}
