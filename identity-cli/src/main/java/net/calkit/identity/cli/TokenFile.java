package net.calkit.identity.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.ports.TokenStore;

/**
 * The {@code --token-file}: JSON {@code {"access_token": ..., "refresh_token": ...}}, read at start and,
 * as a {@link TokenStore}, rewritten atomically whenever a refresh rotates the tokens. Other keys are
 * ignored when read and not written back. Messages name the file and the problem, never its content.
 */
final class TokenFile implements TokenStore {
  /** A token file is tiny; anything larger is not one. */
  static final int MAX_BYTES = 64 * 1024;

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(MAX_BYTES).build())
      .build();

  /**
   * What the file held.
   *
   * @param accessToken {@code access_token}, when present
   * @param refreshToken {@code refresh_token}, when present
   */
  record Contents(Optional<String> accessToken, Optional<String> refreshToken) {
    Contents {
      Objects.requireNonNull(accessToken, "accessToken == null");
      Objects.requireNonNull(refreshToken, "refreshToken == null");
    }
  }

  private final Path path;

  private TokenFile(Path path) {
    this.path = path;
  }

  /** A token file at {@code path}; a symbolic link is followed, so the rewrite replaces its target. */
  static TokenFile at(Path path) {
    Path target = path;
    try {
      target = path.toRealPath();
    } catch (IOException | SecurityException missing) {
      // read() reports it
    }
    return new TokenFile(target);
  }

  Path path() {
    return path;
  }

  /** Reads the file; every problem is a {@link UsageException} naming the file. */
  Contents read() throws UsageException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new UsageException("token file " + display() + " does not exist");
    } catch (AccessDeniedException e) {
      throw new UsageException("token file " + display() + " cannot be read: permission denied");
    } catch (IOException | SecurityException e) {
      throw new UsageException("token file " + display() + " cannot be read: " + e.getClass().getSimpleName());
    }
    if (bytes.length > MAX_BYTES) {
      throw new UsageException("token file " + display() + " is larger than " + MAX_BYTES + " bytes");
    }
    return parse(bytes);
  }

  private Contents parse(byte[] bytes) throws UsageException {
    String access = null;
    String refresh = null;
    try (JsonParser parser = JSON.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new UsageException("token file " + display() + " must hold a JSON object");
      }
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
        if (token != JsonToken.FIELD_NAME) {
          throw new UsageException("token file " + display() + " is not valid JSON");
        }
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("access_token".equals(key) || "refresh_token".equals(key)) {
          if (value == JsonToken.VALUE_NULL) {
            continue;
          }
          if (value != JsonToken.VALUE_STRING) {
            throw new UsageException("token file " + display() + ": " + key + " must be a string");
          }
          if (key.equals("access_token")) {
            access = parser.getText();
          } else {
            refresh = parser.getText();
          }
        } else {
          parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        throw new UsageException("token file " + display() + " has content after its JSON object");
      }
    } catch (JsonProcessingException e) {
      // the location is safe to show; Jackson's message could quote the content
      throw new UsageException("token file " + display() + " is not valid JSON (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    } catch (IOException e) {
      throw new UsageException("token file " + display() + " cannot be read: " + e.getClass().getSimpleName());
    }
    return new Contents(Optional.ofNullable(access), Optional.ofNullable(refresh));
  }

  /**
   * Writes {@code tokens} atomically: a temporary file in the same directory, owner-only where the
   * file system has POSIX permissions, flushed to disk, then moved over the file in one step. Runs on a
   * thread of its own: the save is called from the thread that completed the refresh, an event loop,
   * which must not wait for fsync.
   */
  @Override
  public CompletionStage<Void> save(String key, TokenSet tokens) {
    CompletableFuture<Void> saved = new CompletableFuture<>();
    Thread writer = new Thread(() -> {
      try {
        write(tokens);
        saved.complete(null);
      } catch (IOException | RuntimeException e) {
        saved.completeExceptionally(new IOException(
            "token file " + display() + " could not be rewritten: " + e.getClass().getSimpleName()));
      }
    }, "cronofy-identity-token-file");
    writer.setDaemon(true);
    writer.start();
    return saved;
  }

  void write(TokenSet tokens) throws IOException {
    byte[] bytes = encode(tokens);
    Path directory = path.toAbsolutePath().getParent();
    Path temp = createTemp(directory);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the file system cannot replace the token file atomically", e);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    syncDirectory(directory);
  }

  private Path createTemp(Path directory) throws IOException {
    String prefix = "." + path.getFileName() + ".";
    if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
      return Files.createTempFile(directory, prefix, ".tmp", ownerOnly);
    }
    return Files.createTempFile(directory, prefix, ".tmp");
  }

  /** Makes the rename itself durable where the platform allows opening a directory; best effort elsewhere. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | RuntimeException unsupported) {
      // not every platform can sync a directory; the file's content is already on disk
    }
  }

  static byte[] encode(TokenSet tokens) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      generator.useDefaultPrettyPrinter();
      generator.writeStartObject();
      generator.writeStringField("access_token", tokens.accessToken().value());
      if (tokens.refreshToken().isPresent()) {
        generator.writeStringField("refresh_token", tokens.refreshToken().get().value());
      }
      generator.writeEndObject();
    }
    out.write('\n');
    return out.toByteArray();
  }

  private String display() {
    return Text.clean(path.toString());
  }

  @Override
  public String toString() {
    return "TokenFile[" + display() + "]";
  }
}
