package net.calkit.identity.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.calkit.identity.cli.CommandLine.Option;
import net.calkit.identity.domain.ApiEndpoint;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.ClientId;
import net.calkit.identity.domain.credentials.ClientSecret;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenSet;

/**
 * Everything a run needs, resolved from the command line, the environment and the token file, and
 * validated before any connection is opened. Precedence: an option beats the token file, which beats
 * the environment.
 *
 * @param command what to do
 * @param profileId the operand of {@code revoke}
 * @param endpoint where requests go (ignored in demo mode)
 * @param tokens the caller's tokens; empty in demo mode
 * @param client the client credentials that allow a refresh
 * @param tokenFile the token file to rewrite after a refresh
 * @param timeout the whole-call deadline
 * @param json whether to print JSON
 * @param demoReason why this is a demo run; empty for a real run
 * @param secrets every secret given, to be redacted from anything printed
 */
record Settings(Command command, Optional<ProfileId> profileId, ApiEndpoint endpoint, Optional<TokenSet> tokens,
    Optional<ClientCredentials> client, Optional<TokenFile> tokenFile, Duration timeout, boolean json,
    Optional<String> demoReason, List<String> secrets) {

  static final String ENV_DATA_CENTER = "CRONOFY_DATA_CENTER";
  static final String ENV_ACCESS_TOKEN = "CRONOFY_ACCESS_TOKEN";
  static final String ENV_REFRESH_TOKEN = "CRONOFY_REFRESH_TOKEN";
  static final String ENV_CLIENT_ID = "CRONOFY_CLIENT_ID";
  static final String ENV_CLIENT_SECRET = "CRONOFY_CLIENT_SECRET";

  /** The default whole-call deadline, retries included. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  /** The longest accepted {@code --timeout}: one day. */
  static final long MAX_TIMEOUT_SECONDS = 86_400;

  Settings {
    Objects.requireNonNull(command, "command == null");
    Objects.requireNonNull(profileId, "profileId == null");
    Objects.requireNonNull(endpoint, "endpoint == null");
    Objects.requireNonNull(tokens, "tokens == null");
    Objects.requireNonNull(client, "client == null");
    Objects.requireNonNull(tokenFile, "tokenFile == null");
    Objects.requireNonNull(timeout, "timeout == null");
    Objects.requireNonNull(demoReason, "demoReason == null");
    secrets = List.copyOf(secrets);
  }

  /** Whether this run uses the built-in demo world. */
  boolean demo() {
    return demoReason.isPresent();
  }

  /** Whether a 401 can be answered with a refresh. */
  boolean canRefresh() {
    return client.isPresent() && tokens.flatMap(TokenSet::refreshToken).isPresent();
  }

  /** Resolves and validates; {@code line} must be free of errors and name a command. */
  static Settings resolve(CommandLine line, Map<String, String> env) throws UsageException {
    if (line.error().isPresent()) {
      throw new UsageException(line.error().get());
    }
    Command command = line.command().orElseThrow(() -> new UsageException("no command given"));
    Optional<ProfileId> profileId = operands(command, line.operands());

    DataCenter dataCenter = DataCenter.DEFAULT;
    Optional<String> dataCenterId = line.value(Option.DATA_CENTER).or(() -> fromEnv(env, ENV_DATA_CENTER));
    if (dataCenterId.isPresent()) {
      try {
        dataCenter = DataCenter.parse(dataCenterId.get());
      } catch (IllegalArgumentException e) {
        // the domain's message quotes the value, which could be a token given in the wrong place
        List<String> ids = Arrays.stream(DataCenter.values()).map(DataCenter::id).collect(Collectors.toList());
        throw new UsageException("unknown data center " + Text.quoteWord(dataCenterId.get().strip(), ids)
            + "; expected one of: " + DataCenter.validIds());
      }
    }
    ApiEndpoint endpoint = ApiEndpoint.of(dataCenter);
    Optional<String> baseUrl = line.value(Option.BASE_URL);
    if (baseUrl.isPresent()) {
      try {
        endpoint = ApiEndpoint.parse(baseUrl.get());
      } catch (IllegalArgumentException e) {
        // the message quotes the URL (user info masked); a value that is no URL at all is not shown
        throw new UsageException("--base-url: " + (baseUrl.get().contains("://") ? e.getMessage()
            : "expected an absolute URL such as https://api.cronofy.com (the value given, " + baseUrl.get().length()
                + " characters, is not shown)"));
      }
    }

    Duration timeout = line.value(Option.TIMEOUT).isPresent() ? timeout(line.value(Option.TIMEOUT).get())
        : DEFAULT_TIMEOUT;

    Optional<TokenFile> tokenFile = Optional.empty();
    TokenFile.Contents fileContents = new TokenFile.Contents(Optional.empty(), Optional.empty());
    if (line.value(Option.TOKEN_FILE).isPresent()) {
      if (line.value(Option.TOKEN).isPresent()) {
        throw new UsageException("give either --token or --token-file, not both");
      }
      TokenFile file = TokenFile.at(path(line.value(Option.TOKEN_FILE).get()));
      fileContents = file.read();
      if (fileContents.accessToken().isEmpty()) {
        throw new UsageException("token file " + Text.clean(file.path().toString()) + " has no access_token");
      }
      tokenFile = Optional.of(file);
    }

    List<String> secrets = new ArrayList<>();
    Optional<String> accessValue =
        line.value(Option.TOKEN).or(fileContents::accessToken).or(() -> fromEnv(env, ENV_ACCESS_TOKEN));
    Optional<String> refreshValue = line.value(Option.REFRESH_TOKEN).or(fileContents::refreshToken)
        .or(() -> fromEnv(env, ENV_REFRESH_TOKEN));
    Optional<String> clientIdValue = line.value(Option.CLIENT_ID).or(() -> fromEnv(env, ENV_CLIENT_ID));
    Optional<String> clientSecretValue = line.value(Option.CLIENT_SECRET).or(() -> fromEnv(env, ENV_CLIENT_SECRET));
    accessValue.ifPresent(secrets::add);
    refreshValue.ifPresent(secrets::add);
    clientSecretValue.ifPresent(secrets::add);

    Optional<AccessToken> accessToken = validated(accessValue, AccessToken::of);
    Optional<RefreshToken> refreshToken = validated(refreshValue, RefreshToken::of);
    Optional<ClientId> clientId = validated(clientIdValue, ClientId::of);
    Optional<ClientSecret> clientSecret = validated(clientSecretValue, ClientSecret::of);
    if (clientId.isPresent() != clientSecret.isPresent()) {
      throw new UsageException("--client-id and --client-secret (or " + ENV_CLIENT_ID + " and " + ENV_CLIENT_SECRET
          + ") go together");
    }
    Optional<ClientCredentials> client = clientId.map(id -> new ClientCredentials(id, clientSecret.orElseThrow()));

    Optional<String> demoReason = Optional.empty();
    Optional<TokenSet> tokens = Optional.empty();
    if (line.demo()) {
      demoReason = Optional.of("--demo given");
    } else if (accessToken.isPresent()) {
      tokens = Optional.of(refreshToken.map(r -> TokenSet.of(accessToken.get(), r))
          .orElseGet(() -> TokenSet.of(accessToken.get())));
    } else if (refreshToken.isPresent()) {
      throw new UsageException("a refresh token needs an access token too (--token, --token-file or "
          + ENV_ACCESS_TOKEN + ")");
    } else {
      demoReason = Optional.of("no access token given");
    }
    return new Settings(command, profileId, endpoint, tokens, client, tokenFile, timeout, line.json(), demoReason,
        secrets);
  }

  private static Optional<ProfileId> operands(Command command, List<String> operands) throws UsageException {
    if (command != Command.REVOKE) {
      if (!operands.isEmpty()) {
        throw new UsageException(command.word() + " takes no arguments, but " + operands.size() + " were given");
      }
      return Optional.empty();
    }
    if (operands.size() != 1) {
      throw new UsageException("revoke takes exactly one PROFILE_ID, but " + operands.size() + " were given");
    }
    String operand = operands.get(0);
    try {
      return Optional.of(ProfileId.of(operand));
    } catch (IllegalArgumentException e) {
      // the domain's message ends with the quoted value, which could be a token given in the wrong place
      String message = String.valueOf(e.getMessage());
      int quoted = message.indexOf(": \"");
      String reason = quoted >= 0 ? message.substring(0, quoted) : message;
      throw new UsageException(reason + " (the PROFILE_ID given, " + operand.length() + " characters, is not shown)");
    }
  }

  private static Duration timeout(String value) throws UsageException {
    String problem = "--timeout must be a number of seconds greater than 0 and at most " + MAX_TIMEOUT_SECONDS;
    if (!value.matches("[0-9]{1,9}(\\.[0-9]{1,9})?")) {
      throw new UsageException(problem);
    }
    BigDecimal seconds = new BigDecimal(value);
    if (seconds.signum() <= 0 || seconds.compareTo(BigDecimal.valueOf(MAX_TIMEOUT_SECONDS)) > 0) {
      throw new UsageException(problem);
    }
    long millis = seconds.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
    return Duration.ofMillis(Math.max(1, millis));
  }

  private static Path path(String value) throws UsageException {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException("--token-file is not a valid path");
    }
  }

  /** An environment variable; blank counts as unset. */
  private static Optional<String> fromEnv(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
  }

  /** Runs a domain constructor; its message names the problem and position, never the secret. */
  private static <T> Optional<T> validated(Optional<String> value, Function<String, T> constructor)
      throws UsageException {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(constructor.apply(value.get()));
    } catch (IllegalArgumentException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
  }

  @Override
  public String toString() {
    return "Settings[command=" + command + ", endpoint=" + endpoint + ", tokens=" + tokens.map(t -> "given")
        .orElse("none") + ", refresh=" + canRefresh() + ", timeout=" + timeout + ", json=" + json + ", demo="
        + demo() + "]";
  }
}
