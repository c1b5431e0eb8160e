package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library is unpacked once into the user's cache, checked against the jar's copy
 * before every use, and replaced (never loaded) when it differs. Only {@link
 * NativeLibraryCache#prepare} runs here: pointing this test JVM's driver at it would change every
 * other test.
 */
class NativeLibraryCacheTest {
  @TempDir Path directory;

  @Test
  void theFolderIsUnderXdgCacheHomeElseDotCacheAndNamesTheDriversVersion() {
    Path home = directory.resolve("home");
    String version = SQLiteJDBCLoader.getVersion();

    assertThat(NativeLibraryCache.folder(Map.of("XDG_CACHE_HOME", "/x/cache"), home))
        .isEqualTo(Path.of("/x/cache/recovery/native", version));
    assertThat(NativeLibraryCache.folder(Map.of(), home))
        .isEqualTo(home.resolve(".cache/recovery/native").resolve(version));
    assertThat(NativeLibraryCache.folder(Map.of("XDG_CACHE_HOME", "relative"), home))
        .as("a relative XDG_CACHE_HOME is ignored, as the XDG specification says")
        .isEqualTo(home.resolve(".cache/recovery/native").resolve(version));
  }

  @Test
  void theFirstStartUnpacksTheLibraryForTheOwnerOnly() throws IOException {
    Path folder = directory.resolve("cache/recovery/native/1");

    Path library = NativeLibraryCache.prepare(folder).orElseThrow();

    assertThat(library.getParent()).isEqualTo(folder);
    assertThat(Files.readAllBytes(library)).isEqualTo(jarCopy());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(library)))
        .isEqualTo("r-x------");
    for (Path p : new Path[] {folder, folder.getParent(), folder.getParent().getParent()}) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
          .as(p.toString())
          .isEqualTo("rwx------");
    }
  }

  @Test
  void theSecondStartUsesTheCachedFileAsItIs() throws IOException {
    Path folder = directory.resolve("native");
    Path library = NativeLibraryCache.prepare(folder).orElseThrow();
    Object file = identity(library);

    assertThat(NativeLibraryCache.prepare(folder)).contains(library);
    assertThat(identity(library)).as("the same file, not a new copy").isEqualTo(file);
    try (var listing = Files.list(folder)) {
      assertThat(listing)
          .as("no temporary file left")
          .containsExactlyInAnyOrder(library, folder.resolve(NativeLibraryCache.SOURCE));
    }
  }

  @Test
  void aTamperedCachedFileIsReplacedNotLoaded() throws IOException {
    Path folder = directory.resolve("native");
    Path library = NativeLibraryCache.prepare(folder).orElseThrow();
    byte[] tampered = Files.readAllBytes(library);
    tampered[tampered.length / 2] ^= 0x5a;
    Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rwx------"));
    Files.write(library, tampered);
    Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("r-x------"));
    Object tamperedFile = identity(library);

    assertThat(NativeLibraryCache.prepare(folder)).contains(library);
    assertThat(Files.readAllBytes(library)).isEqualTo(jarCopy());
    assertThat(identity(library))
        .as("a new file moved into place: one already mapped by a running command is not touched")
        .isNotEqualTo(tamperedFile);
  }

  @Test
  void aLinkInTheLibrarysPlaceIsReplacedNotFollowed() throws IOException {
    Path folder = directory.resolve("native");
    Path library = NativeLibraryCache.prepare(folder).orElseThrow();
    Path elsewhere = Files.write(directory.resolve("elsewhere.so"), jarCopy());
    Files.delete(library);
    Files.createSymbolicLink(library, elsewhere);

    assertThat(NativeLibraryCache.prepare(folder)).contains(library);
    assertThat(Files.isSymbolicLink(library)).isFalse();
    assertThat(Files.readAllBytes(library)).isEqualTo(jarCopy());
  }

  @Test
  void aRememberedSourceThatNamesNoLibraryOfTheJarIsWorkedOutAgain() throws IOException {
    Path folder = directory.resolve("native");
    Path library = NativeLibraryCache.prepare(folder).orElseThrow();
    Path source = folder.resolve(NativeLibraryCache.SOURCE);
    String resource = Files.readString(source);
    Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-------"));
    Files.writeString(source, "/etc/passwd");

    assertThat(NativeLibraryCache.prepare(folder)).contains(library);
    assertThat(Files.readString(source)).isEqualTo(resource);
    assertThat(Files.readAllBytes(library)).isEqualTo(jarCopy());
  }

  @Test
  void aFolderOthersCouldWriteToIsMadeTheOwnersOnly() throws IOException {
    Path folder = Files.createDirectories(directory.resolve("native"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

    assertThat(NativeLibraryCache.prepare(folder)).isPresent();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
  }

  @Test
  void aCacheThatCannotBeMadeLeavesTheDriverToItsOwnWay() throws IOException {
    Path blocked = Files.writeString(directory.resolve("not-a-folder"), "x");

    assertThat(NativeLibraryCache.prepare(blocked.resolve("recovery/native/1"))).isEmpty();
    assertThat(Files.readString(blocked)).isEqualTo("x");
  }

  private static byte[] jarCopy() throws IOException {
    try (InputStream in =
        SQLiteJDBCLoader.class.getResourceAsStream(
            LibraryLoaderUtil.getNativeLibResourcePath()
                + "/"
                + LibraryLoaderUtil.getNativeLibName())) {
      return in.readAllBytes();
    }
  }

  private static Object identity(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .fileKey();
  }
}
