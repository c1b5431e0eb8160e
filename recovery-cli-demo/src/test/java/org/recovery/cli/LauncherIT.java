package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.cli.JarProcess.Result;
import org.sqlite.SQLiteJDBCLoader;

/**
 * What the launcher script and the packaged jar do to start quickly, run as separate processes:
 * SQLite's native library comes from the user's cache after the first start, and Java starts with
 * the class data sharing archive the build wrote beside the jar, or, when that archive is damaged
 * or was made by another Java, without it and without a word. Runs in the integration-test phase,
 * after the shade plugin wrote the jar.
 */
class LauncherIT {
  @TempDir static Path directory;
  static Path jar;
  static Path launcher;

  @BeforeAll
  static void findTheJarAndTheLauncher() {
    jar = Path.of(System.getProperty("recovery.jar", "target/recovery.jar")).toAbsolutePath();
    launcher = Path.of(System.getProperty("recovery.launcher", "recovery")).toAbsolutePath();
    assertThat(jar).as("the shaded jar; run `mvn verify`, not only `mvn test`").exists();
  }

  @Test
  void sqlitesNativeLibraryIsUnpackedOnceIntoTheCacheAndLoadedFromThere() throws Exception {
    Path cache = directory.resolve("cache");
    // sqlite-jdbc unpacks into org.sqlite.tmpdir when left to itself: a plain file there makes
    // that fail, so a command that works has loaded the library from the cache.
    Path blocked = Files.writeString(directory.resolve("no-temporary-folder"), "");
    String noUnpacking = "-Dorg.sqlite.tmpdir=" + blocked;
    Path library =
        cache
            .resolve("recovery/native")
            .resolve(SQLiteJDBCLoader.getVersion())
            .resolve(System.mapLibraryName("sqlitejdbc"));

    Result withoutCache =
        launch(Map.of("XDG_CACHE_HOME", blocked.toString(), "JAVA_OPTS", noUnpacking), "a.db");
    assertThat(withoutCache.code()).as("sqlite-jdbc on its own cannot unpack here").isEqualTo(3);

    Result first = launch(Map.of("XDG_CACHE_HOME", cache.toString()), "b.db");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(library).isRegularFile();
    Object unpacked = identity(library);

    Result second =
        launch(Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_OPTS", noUnpacking), "c.db");
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(identity(library)).as("the same file, not unpacked again").isEqualTo(unpacked);
  }

  @Test
  void theLauncherStartsJavaWithTheClassArchiveBuiltBesideTheJar() throws Exception {
    Path folder = archived();

    Result run =
        exec(
            List.of("sh", launcher.toString(), "--version"),
            Map.of(
                "RECOVERY_JAR",
                folder.resolve("recovery.jar").toString(),
                "JAVA_OPTS",
                "-Xlog:class+load=info:file=" + folder.resolve("classes.log")));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("recovery ");
    assertThat(run.err()).isEmpty();
    String loaded = Files.readString(folder.resolve("classes.log"));
    assertThat(loaded).contains("org.recovery.cli.Main source: shared objects file");
    // picocli is compiled for Java 5, whose classes a dynamic archive leaves out: the static
    // archive holds them too
    assertThat(loaded).contains("picocli.CommandLine source: shared objects file");
  }

  @Test
  void javaChecksTheArchiveAsItMapsItOnlyWhenItWasWrittenSinceTheBuildRecordedItsSize()
      throws Exception {
    Path folder = archived();
    Path archive = folder.resolve("recovery.jsa");
    FileTime recorded = Files.getLastModifiedTime(folder.resolve("recovery.jsa.size"));
    Map<String, String> flagsShown =
        Map.of(
            "RECOVERY_JAR",
            folder.resolve("recovery.jar").toString(),
            "JAVA_OPTS",
            "-XX:+PrintCommandLineFlags");
    try {
      Files.setLastModifiedTime(archive, FileTime.fromMillis(recorded.toMillis() - 10_000));
      Result untouched = exec(List.of("sh", launcher.toString(), "--version"), flagsShown);

      Files.setLastModifiedTime(archive, FileTime.fromMillis(recorded.toMillis() + 10_000));
      Result writtenSince = exec(List.of("sh", launcher.toString(), "--version"), flagsShown);

      assertThat(untouched.code()).as(untouched.err()).isZero();
      assertThat(untouched.out())
          .contains("-XX:SharedArchiveFile=", "-XX:-VerifySharedSpaces")
          .doesNotContain("-XX:+VerifySharedSpaces");
      assertThat(writtenSince.code()).as(writtenSince.err()).isZero();
      assertThat(writtenSince.out())
          .contains("-XX:SharedArchiveFile=", "-XX:+VerifySharedSpaces")
          .doesNotContain("-XX:-VerifySharedSpaces");
    } finally {
      Files.setLastModifiedTime(archive, FileTime.fromMillis(recorded.toMillis() - 10_000));
    }
  }

  @Test
  void javaIsAskedForTransparentHugePagesExactlyWhereTheKernelGivesThemOnRequest()
      throws Exception {
    Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    boolean onRequest =
        Files.isReadable(setting) && Files.readString(setting).contains("[madvise]");

    Result run =
        exec(
            List.of("sh", launcher.toString(), "--version"),
            Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags"));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).as("no warning from Java").isEmpty();
    if (onRequest) {
      assertThat(run.out()).contains("-XX:+UseTransparentHugePages");
    } else {
      assertThat(run.out()).doesNotContain("UseTransparentHugePages");
    }
  }

  @Test
  void commandsRunOnTheSerialCollectorUnlessJavaOptsNamesOne() throws Exception {
    Result standard =
        exec(
            List.of("sh", launcher.toString(), "--version"),
            Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags"));
    Result own =
        exec(
            List.of("sh", launcher.toString(), "--version"),
            Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags -XX:+UseParallelGC"));

    assertThat(standard.code()).as(standard.err()).isZero();
    assertThat(standard.err()).as("no warning from Java").isEmpty();
    assertThat(standard.out()).contains("-XX:+UseSerialGC");
    assertThat(own.code()).as("Java refuses two collectors: %s", own.err()).isZero();
    assertThat(own.err()).as("no warning from Java").isEmpty();
    assertThat(own.out()).contains("-XX:+UseParallelGC").doesNotContain("UseSerialGC");
  }

  @Test
  void aDamagedArchiveIsIgnoredWithoutAWord() throws Exception {
    Path folder = archived();
    Path archive = folder.resolve("recovery.jsa");
    byte[] whole = Files.readAllBytes(archive);
    Map<String, String> theCopy = Map.of("RECOVERY_JAR", folder.resolve("recovery.jar").toString());

    byte[] zeroed = whole.clone();
    java.util.Arrays.fill(zeroed, zeroed.length / 2, zeroed.length / 2 + 4096, (byte) 0);
    byte[] junk = new byte[whole.length];
    java.util.Arrays.fill(junk, (byte) 'x');
    try {
      for (byte[] damaged :
          List.of(java.util.Arrays.copyOf(whole, whole.length / 3), zeroed, junk, new byte[0])) {
        Files.write(archive, damaged);

        Result run = exec(List.of("sh", launcher.toString(), "--version"), theCopy);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("recovery ").hasLineCount(1);
        assertThat(run.err()).isEmpty();
      }
    } finally {
      Files.write(archive, whole);
    }
  }

  @Test
  void anArchiveThatDoesNotFitThisJavaIsIgnoredWithoutAWord() throws Exception {
    // Java refuses an archive made under other settings as it refuses one made by another Java:
    // here the object alignment differs, which needs no second Java on the machine.
    Path folder = archived();
    Path loaded = directory.resolve("classes-loaded.txt");

    Result run =
        exec(
            List.of("sh", launcher.toString(), "--version"),
            Map.of(
                "RECOVERY_JAR",
                folder.resolve("recovery.jar").toString(),
                "JAVA_OPTS",
                "-XX:ObjectAlignmentInBytes=16 -Xlog:class+load:file=" + loaded));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("recovery ").hasLineCount(1);
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(loaded))
        .as("no class came from the archive")
        .contains("org.recovery.cli.Main")
        .doesNotContain("shared objects file");
  }

  /**
   * A copy of the jar in a folder of its own with an archive written for it by the build's own
   * script (the archive names the jar by its path, so it cannot be copied); made once.
   */
  private static synchronized Path archived() throws Exception {
    Path folder = directory.resolve("archived");
    if (Files.exists(folder.resolve("recovery.jsa.size"))) {
      return folder;
    }
    Files.createDirectories(folder);
    Files.copy(jar, folder.resolve("recovery.jar"));
    Path script =
        Path.of(System.getProperty("recovery.classArchiveScript", "src/build/class-archive.sh"));
    Result made =
        exec(
            List.of(
                "sh",
                script.toAbsolutePath().toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                folder.resolve("recovery.jar").toString(),
                folder.toString()),
            Map.of());
    assertThat(folder.resolve("recovery.jsa")).as(made.toString()).isRegularFile();
    return folder;
  }

  /** Runs the launcher: a one-month demo into a new database {@code db}. */
  private static Result launch(Map<String, String> environment, String db)
      throws IOException, InterruptedException {
    return exec(
        List.of(
            "sh",
            launcher.toString(),
            "demo",
            "--months",
            "1",
            "--seed",
            "3",
            "--db",
            directory.resolve(db).toString()),
        environment);
  }

  private static Result exec(List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>();
    env.put("RECOVERY_JAR", jar.toString());
    env.putAll(environment);
    return JarProcess.exec(new ArrayList<>(command), directory, env);
  }

  private static Object identity(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .fileKey();
  }
}
