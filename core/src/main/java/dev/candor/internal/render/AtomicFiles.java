package dev.candor.internal.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes a file so that readers see either the old file or the complete new one, never a part. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes to a stream. */
  @FunctionalInterface
  public interface Writer {
    /** Writes everything to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Gives the temporary file (created owner-only) the permissions of the file it replaces, or
   * rw-r--r-- for a new file, as a plain write would under the usual umask.
   */
  private static void permissions(Path tmp, Path target) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> perms =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  /**
   * Writes to a temporary file beside {@code target}, then moves it over {@code target}. On any
   * failure the temporary file is deleted and {@code target} is left as it was.
   */
  public static void write(Path target, Writer writer) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
    boolean moved = false;
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        writer.writeTo(out);
      }
      permissions(tmp, abs);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
