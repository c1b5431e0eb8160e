package org.recovery.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.crypto.MasterKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A master key kept in a file: the base64 of 32 random bytes. The first use creates the file,
 * readable and writable by its owner only; later uses read it, and refuse a file that others may
 * read. Losing the file loses every journey; keep a copy apart from the database's backups.
 */
public final class FileKeyProvider implements KeyProvider {
  private static final Logger LOG = LoggerFactory.getLogger(FileKeyProvider.class);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private final Path file;

  private FileKeyProvider(Path file) {
    this.file = file;
  }

  /**
   * The key in {@code file}, created with a new random key on first use.
   *
   * @param file where the key lives; its directory is created if needed
   */
  public static FileKeyProvider at(Path file) {
    return new FileKeyProvider(
        Objects.requireNonNull(file, "key file must not be null").toAbsolutePath());
  }

  /** The key file. */
  public Path file() {
    return file;
  }

  /**
   * Reads the key, creating the file first if it does not exist.
   *
   * @throws StorageException if the file cannot be created or read, others may read it, or it does
   *     not hold a 32-byte key
   */
  @Override
  public SecretKey masterKey() {
    try {
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        create();
      }
      requireOwnerOnly();
      String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
      byte[] material = Base64.getDecoder().decode(text);
      MasterKey.of(material);
      return new SecretKeySpec(material, "AES");
    } catch (IllegalArgumentException e) {
      throw new StorageException("key file " + file + " does not hold the base64 of a 32-byte key");
    } catch (IOException e) {
      throw new StorageException(
          "cannot read or create key file " + file + ": " + InWords.describe(e), e);
    }
  }

  private void create() throws IOException {
    Path directory = file.getParent();
    Files.createDirectories(directory);
    boolean posix =
        Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class);
    Path temporary =
        posix
            ? Files.createTempFile(
                directory, ".key-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
            : Files.createTempFile(directory, ".key-", ".tmp");
    try {
      byte[] text =
          (Base64.getEncoder().encodeToString(MasterKey.randomMaterial()) + "\n")
              .getBytes(StandardCharsets.US_ASCII);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(text));
        channel.force(true);
      }
      // A hard link fails if the file appeared meanwhile: two first uses never get two keys.
      Files.createLink(file, temporary);
      syncDirectory(directory);
      LOG.info("created a new master key file {}", file);
      if (!posix) {
        LOG.warn(
            "the file system of {} has no POSIX permissions: restrict access to it yourself", file);
      }
    } catch (FileAlreadyExistsException e) {
      LOG.debug("key file {} was created concurrently; using it", file);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private void requireOwnerOnly() throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions = view.readAttributes().permissions();
    if (!OWNER_ONLY.containsAll(permissions)) {
      throw new StorageException(
          "key file "
              + file
              + " may be read by others (permissions "
              + PosixFilePermissions.toString(permissions)
              + "); make it owner-only (chmod 600)");
    }
  }

  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.debug("could not sync directory {}: {}", directory, e.toString());
    }
  }

  @Override
  public String toString() {
    return "FileKeyProvider[" + file + "]";
  }
}
