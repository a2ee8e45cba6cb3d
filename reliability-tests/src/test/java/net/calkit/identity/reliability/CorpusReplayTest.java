package net.calkit.identity.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.json.IdentityJsonCodec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the regression corpus in {@code src/test/resources/corpus}: every body goes into every decoder
 * and yields a value or InvalidResponseException, never anything else; the file name says more:
 * {@code ok-<decoder>-*} must decode with that decoder, {@code bad-<decoder>-*} must be refused by it, and
 * {@code bad-any-*} must be refused by every strict decoder.
 */
class CorpusReplayTest {
  private static final IdentityJsonCodec CODEC = IdentityJsonCodec.create();
  private static final Map<String, Function<byte[], Object>> DECODERS = Map.of(
      "userinfo", CODEC::decodeUserInfo,
      "account", CODEC::decodeAccount,
      "profiles", CODEC::decodeProfiles,
      "token", CODEC::decodeTokenResponse,
      "refreshrequest", CODEC::decodeRefreshRequest);

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException, URISyntaxException {
    Path directory = Path.of(CorpusReplayTest.class.getResource("/corpus").toURI());
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).as("corpus files").hasSizeGreaterThanOrEqualTo(30);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> replay(file)));
  }

  private static void replay(Path file) throws IOException {
    byte[] body = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    String[] parts = name.split("-", 3);
    String expectation = parts[0];
    String target = parts[1];
    for (Map.Entry<String, Function<byte[], Object>> decoder : DECODERS.entrySet()) {
      boolean decoded = HostileBodiesTest.decodeStrict(decoder.getValue(), decoder.getKey(), body, "corpus " + name);
      if (decoder.getKey().equals(target) || target.equals("any")) {
        assertThat(decoded).as("corpus %s with decoder %s", name, decoder.getKey())
            .isEqualTo(expectation.equals("ok"));
      }
    }
    HostileBodiesTest.decodeLenient(CODEC, body, "corpus " + name);
    if (name.startsWith("ok-token-")) {
      // whatever expires_in says, the session must be able to turn the answer into a token set
      TokenResponse response = CODEC.decodeTokenResponse(body);
      Instant now = Instant.now();
      response.toTokenSet(now, Optional.empty()).expiresAt()
          .ifPresent(at -> assertThat(at).as("expiry of %s", name).isAfterOrEqualTo(now));
    }
  }
}
