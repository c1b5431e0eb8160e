package org.recovery.persistence.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.instrument.Instruments;

/** A folder of questionnaire files, read whole or not at all. */
class InstrumentFilesTest {
  @TempDir Path folder;

  private static String weekly() throws IOException {
    try (InputStream in =
        InstrumentFilesTest.class.getResourceAsStream("/instrument/custom-instrument.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyJsonFileIsReadInFileNameOrderAndNothingElse() throws IOException {
    Files.writeString(folder.resolve("b-weekly.json"), weekly());
    Files.writeString(folder.resolve("a-rdas.json"), InstrumentWriter.write(Instruments.rdas()));
    Files.writeString(folder.resolve("notes.txt"), "not a definition");
    Files.writeString(folder.resolve(".hidden.json"), "{ broken");
    Files.createDirectory(folder.resolve("old.json"));

    assertThat(InstrumentFiles.read(folder))
        .extracting(e -> e.file().getFileName().toString(), e -> e.instrument().id())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a-rdas.json", "rdas"),
            org.assertj.core.groups.Tuple.tuple("b-weekly.json", "harbour-weekly"));
  }

  @Test
  void theCatalogueHoldsTheBaseAndTheFolder() throws IOException {
    Files.writeString(folder.resolve("weekly.json"), weekly());

    InstrumentCatalogue catalogue =
        InstrumentFiles.catalogue(InstrumentCatalogue.standard(), folder);

    assertThat(catalogue.ids()).containsExactly("csi-4", "harbour-weekly", "rdas", "trim-18");
  }

  @Test
  void aBrokenFileIsNamedWithThePathInIt() throws IOException {
    Files.writeString(
        folder.resolve("weekly.json"), weekly().replace("\"max\": 20", "\"max\": 21"));
    Path file = folder.resolve("weekly.json");

    assertThatThrownBy(() -> InstrumentFiles.read(folder))
        .isInstanceOfSatisfying(
            InstrumentFileException.class,
            e -> {
              assertThat(e.file()).isEqualTo(file);
              assertThat(e.formatError())
                  .hasValueSatisfying(f -> assertThat(f.path()).isEqualTo("total"));
              assertThat(e.getMessage()).startsWith(file + ": total: ");
              assertThat(e.problem()).startsWith("total: ");
            });
  }

  @Test
  void aFileThatRedefinesAShippedVersionDifferentlyIsNamed() throws IOException {
    Path file = folder.resolve("rdas.json");
    Files.writeString(
        file,
        InstrumentWriter.write(Instruments.rdas())
            .replace("\"Revised Dyadic", "\"Our Revised Dyadic"));

    assertThatThrownBy(() -> InstrumentFiles.catalogue(InstrumentCatalogue.standard(), folder))
        .isInstanceOfSatisfying(
            InstrumentFileException.class,
            e -> {
              assertThat(e.file()).isEqualTo(file);
              assertThat(e.formatError()).isEmpty();
              assertThat(e.problem())
                  .isEqualTo(
                      "two different definitions of instrument rdas"
                          + " version 1; give the changed one a new version");
            });
  }

  @Test
  void aMissingFolderIsAnInputError() {
    assertThatThrownBy(() -> InstrumentFiles.read(folder.resolve("nowhere")))
        .isInstanceOf(NoSuchFileException.class);
  }
}
