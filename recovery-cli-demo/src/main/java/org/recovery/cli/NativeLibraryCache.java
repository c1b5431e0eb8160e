package org.recovery.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, unpacked once into the user's cache instead of into a new temporary file
 * on every start (what sqlite-jdbc does on its own): {@code $XDG_CACHE_HOME/recovery/native/<the
 * driver's version>/}, or {@code ~/.cache/recovery/native/…}. The folders and the file are the
 * owner's only. Before each use the cached file is checked against the library inside the jar
 * (length, then byte for byte); a file that differs is replaced, never loaded. Anything that goes
 * wrong leaves sqlite-jdbc to unpack the library itself, as it always did: the command runs either
 * way.
 */
final class NativeLibraryCache {
  static final String PATH_PROPERTY = "org.sqlite.lib.path";
  static final String NAME_PROPERTY = "org.sqlite.lib.name";
  private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_LIBRARY =
      PosixFilePermissions.fromString("r-x------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("r--------");

  /** The file beside the library that names the jar resource it was unpacked from. */
  static final String SOURCE = "source";

  private NativeLibraryCache() {}

  /**
   * Points sqlite-jdbc at the cached library, unpacking or replacing it first if needed. Does
   * nothing if the properties are already set (a person's own choice wins) or if anything fails.
   * Must run before the first database connection.
   */
  static void use(Map<String, String> environment, Path home) {
    if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
      return;
    }
    try {
      prepare(folder(environment, home))
          .ifPresent(
              library -> {
                System.setProperty(PATH_PROPERTY, library.getParent().toString());
                System.setProperty(NAME_PROPERTY, library.getFileName().toString());
              });
    } catch (RuntimeException e) {
      // An unusable XDG_CACHE_HOME, for one: sqlite-jdbc unpacks the library itself.
    }
  }

  /**
   * The cache folder of this driver version: under {@code $XDG_CACHE_HOME}, else {@code ~/.cache}.
   */
  static Path folder(Map<String, String> environment, Path home) {
    String xdg = environment.get("XDG_CACHE_HOME");
    Path cache = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
    return cache.resolve("recovery").resolve("native").resolve(SQLiteJDBCLoader.getVersion());
  }

  /**
   * The verified library in {@code folder}, written there first if it is missing or differs from
   * the one in the jar; empty if that cannot be done safely.
   *
   * <p>Which of the jar's libraries fits this machine is worked out by sqlite-jdbc ({@code OSInfo},
   * which lists the process's mapped files and runs {@code uname}: a tenth of a second or more). It
   * is done once: the resource's name is kept beside the library in {@value #SOURCE}, and the
   * library is compared with that resource on every start, so a wrong or changed name can only ever
   * lead to another library from the same jar, which sqlite-jdbc then refuses to load and unpacks
   * its own.
   */
  static Optional<Path> prepare(Path folder) {
    try {
      if (!ownerOnlyFolders(folder)) {
        return Optional.empty();
      }
      String name = LibraryLoaderUtil.getNativeLibName();
      Path library = folder.resolve(name);
      Path source = folder.resolve(SOURCE);
      Optional<byte[]> expected = remembered(source, name).flatMap(NativeLibraryCache::resource);
      if (expected.isEmpty()) {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        expected = resource(resource);
        if (expected.isEmpty()) {
          return Optional.empty();
        }
        write(source, resource.getBytes(StandardCharsets.UTF_8), OWNER_ONLY_FILE);
      }
      if (!matches(library, expected.get())) {
        write(library, expected.get(), OWNER_ONLY_LIBRARY);
        if (!matches(library, expected.get())) {
          return Optional.empty();
        }
      }
      return Optional.of(library);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The resource name kept in {@code source}, if it names a library of sqlite-jdbc's jar. */
  private static Optional<String> remembered(Path source, String name) throws IOException {
    if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS) || Files.size(source) > 512) {
      return Optional.empty();
    }
    String resource = Files.readString(source, StandardCharsets.UTF_8);
    return resource.startsWith("/org/sqlite/native/")
            && resource.endsWith("/" + name)
            && !resource.contains("..")
        ? Optional.of(resource)
        : Optional.empty();
  }

  private static Optional<byte[]> resource(String resource) {
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Makes {@code folder} and its parents up to {@code recovery/} the owner's only. */
  private static boolean ownerOnlyFolders(Path folder) throws IOException {
    if (!Files.getFileStore(existingAncestor(folder))
        .supportsFileAttributeView(PosixFileAttributeView.class)) {
      return false;
    }
    Path recovery = folder.getParent().getParent();
    Files.createDirectories(recovery.getParent());
    for (Path p : new Path[] {recovery, folder.getParent(), folder}) {
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        try {
          Files.createDirectory(p, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
        } catch (java.nio.file.FileAlreadyExistsException raced) {
          // another start made it at the same moment: checked below like any other
        }
      }
      PosixFileAttributes attributes =
          Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isDirectory()
          || !attributes.owner().getName().equals(System.getProperty("user.name"))) {
        return false;
      }
      if (!attributes.permissions().equals(OWNER_ONLY_FOLDER)) {
        Files.setPosixFilePermissions(p, OWNER_ONLY_FOLDER);
      }
    }
    return true;
  }

  private static Path existingAncestor(Path folder) {
    Path p = folder.toAbsolutePath();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p == null ? Path.of("/") : p;
  }

  /**
   * Whether {@code library} is a plain file, the owner's only, of the expected length and the same
   * bytes. Byte for byte rather than by SHA-256: as strict, and in a JVM that has just started,
   * hashing the two copies costs more than unpacking the library does (see docs/cli.md).
   */
  private static boolean matches(Path library, byte[] expected) throws IOException {
    return Files.isRegularFile(library, LinkOption.NOFOLLOW_LINKS)
        && Files.size(library) == expected.length
        && Files.getPosixFilePermissions(library, LinkOption.NOFOLLOW_LINKS)
            .equals(OWNER_ONLY_LIBRARY)
        && Arrays.equals(Files.readAllBytes(library), expected);
  }

  /** Writes a temporary file beside {@code file} and moves it over whatever is there. */
  private static void write(Path file, byte[] bytes, Set<PosixFilePermission> permissions)
      throws IOException {
    Path temporary =
        Files.createTempFile(
            file.getParent(),
            "." + file.getFileName(),
            ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      Files.write(temporary, bytes);
      Files.setPosixFilePermissions(temporary, permissions);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
