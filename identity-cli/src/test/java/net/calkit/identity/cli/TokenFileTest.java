package net.calkit.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFileTest {
  @TempDir
  Path dir;

  private static final TokenSet ROTATED = TokenSet.of(AccessToken.of("new-access"), RefreshToken.of("new-refresh"));

  @Test
  @DisplayName("reads both tokens, ignoring other keys and nested values; null counts as absent")
  void reads() throws Exception {
    Path file = dir.resolve("t.json");
    Files.writeString(file, "{\"token_type\":\"bearer\",\"scope\":{\"a\":[1,{\"b\":2}]},\"access_token\":\"a1\","
        + "\"refresh_token\":null}");

    TokenFile.Contents contents = TokenFile.at(file).read();

    assertThat(contents.accessToken()).contains("a1");
    assertThat(contents.refreshToken()).isEmpty();
  }

  @Test
  @DisplayName("a missing, non-object, truncated, trailing-garbage, wrongly typed or oversized file is a usage error")
  void rejects() throws IOException {
    assertThatThrownBy(() -> TokenFile.at(dir.resolve("absent.json")).read()).isInstanceOf(UsageException.class)
        .hasMessageContaining("does not exist");
    for (String body : List.of("[]", "\"x\"", "{\"access_token\":\"a\"", "{\"access_token\":\"a\"} {}",
        "{\"access_token\":1}", "", "{\"access_token\":{\"x\":1}}")) {
      Path file = dir.resolve("bad.json");
      Files.writeString(file, body);
      assertThatThrownBy(() -> TokenFile.at(file).read()).as(body).isInstanceOf(UsageException.class)
          .hasMessageContaining("token file");
    }
    Path big = dir.resolve("big.json");
    Files.writeString(big, "{\"access_token\":\"" + "a".repeat(TokenFile.MAX_BYTES) + "\"}");
    assertThatThrownBy(() -> TokenFile.at(big).read()).isInstanceOf(UsageException.class)
        .hasMessageContaining("larger than");
  }

  @Test
  @DisplayName("save writes on a thread of its own, so a refresh completed on an event loop never waits for fsync")
  void saveRunsOffTheCallingThread() throws Exception {
    Path file = dir.resolve("tokens.json");
    Files.writeString(file, "{\"access_token\":\"old-access\",\"refresh_token\":\"old-refresh\"}");
    Thread caller = Thread.currentThread();
    // A callback attached to a stage that is already complete runs on the thread attaching it: if the
    // writer finished before thenApply was reached (the caller descheduled meanwhile), the caller is seen
    // even though it wrote nothing. A save done on the calling thread is seen there every time, so one
    // save completed elsewhere out of a few tries proves the point without depending on that race.
    Thread writer = caller;
    for (int attempt = 0; attempt < 20 && writer == caller; attempt++) {
      writer = TokenFile.at(file).save("cli", ROTATED).toCompletableFuture()
          .thenApply(done -> Thread.currentThread()).get(5, TimeUnit.SECONDS);
    }
    assertThat(writer).isNotSameAs(caller);
    assertThat(TokenFile.at(file).read().accessToken()).contains("new-access");
  }

  @Test
  @DisplayName("save rewrites the file with the rotated tokens, readable back, and leaves no temporary file")
  void saveRewrites() throws Exception {
    Path file = dir.resolve("tokens.json");
    Files.writeString(file, "{\"access_token\":\"old-access\",\"refresh_token\":\"old-refresh\"}");
    TokenFile tokenFile = TokenFile.at(file);

    tokenFile.save("cli", ROTATED).toCompletableFuture().get(5, TimeUnit.SECONDS);

    TokenFile.Contents contents = TokenFile.at(file).read();
    assertThat(contents.accessToken()).contains("new-access");
    assertThat(contents.refreshToken()).contains("new-refresh");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  @DisplayName("the rewritten file is owner-only (600) where the file system has POSIX permissions")
  void ownerOnly() throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("tokens.json");
    Files.writeString(file, "{\"access_token\":\"a\"}");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    TokenFile.at(file).save("cli", ROTATED).toCompletableFuture().get(5, TimeUnit.SECONDS);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  @DisplayName("a symbolic link is followed: the target is rewritten and the link stays")
  void followsLinks() throws Exception {
    Path target = dir.resolve("real.json");
    Files.writeString(target, "{\"access_token\":\"a\"}");
    Path link = dir.resolve("link.json");
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }

    TokenFile.at(link).save("cli", ROTATED).toCompletableFuture().get(5, TimeUnit.SECONDS);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(TokenFile.at(target).read().accessToken()).contains("new-access");
  }

  @Test
  @DisplayName("a failed write fails the stage with a message naming the file, not the tokens")
  void failedWrite() {
    TokenFile file = TokenFile.at(dir.resolve("no-such-dir").resolve("tokens.json"));

    assertThatThrownBy(() -> file.save("cli", ROTATED).toCompletableFuture().get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().hasMessageContaining("could not be rewritten").hasMessageNotContaining("new-access")
        .hasMessageNotContaining("new-refresh");
  }

  @Test
  @DisplayName("encode writes exactly the two documented keys; no refresh token means no refresh_token key")
  void encode() throws Exception {
    String withRefresh = new String(TokenFile.encode(ROTATED), java.nio.charset.StandardCharsets.UTF_8);
    String accessOnly = new String(TokenFile.encode(new TokenSet(AccessToken.of("x"), Optional.empty(),
        Optional.empty(), Optional.empty())), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(withRefresh).contains("\"access_token\" : \"new-access\"").contains("\"refresh_token\" : \"new-refresh\"");
    assertThat(accessOnly).contains("\"access_token\" : \"x\"").doesNotContain("refresh_token");
  }
}
