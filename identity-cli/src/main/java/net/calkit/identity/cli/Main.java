package net.calkit.identity.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import net.calkit.identity.client.AccountSession;
import net.calkit.identity.client.IdentityClient;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.policy.RetryPolicy;
import net.calkit.identity.json.IdentityJsonCodec;
import net.calkit.identity.ports.TokenStore;

/**
 * The {@code cronofy-identity} command-line tool. {@link #main} runs it and exits with its code; tests
 * and embedders call {@link #run} instead. See the module README for commands, options and exit codes.
 */
public final class Main {
  /** Extra time the tool waits beyond the whole-call deadline before it gives up on the library. */
  static final Duration GRACE = Duration.ofSeconds(5);

  private final Tuning tuning;

  private Main(Tuning tuning) {
    this.tuning = tuning;
  }

  /**
   * What tests may change.
   *
   * @param retryPolicy when to retry (tests use short delays)
   * @param transports opens the adapter and, in demo mode, the stub server
   */
  record Tuning(RetryPolicy retryPolicy, Transport.Factory transports) {
    Tuning {
      Objects.requireNonNull(retryPolicy, "retryPolicy == null");
      Objects.requireNonNull(transports, "transports == null");
    }

    static Tuning defaults() {
      return new Tuning(RetryPolicy.DEFAULT, VertxTransport::open);
    }

    Tuning withRetryPolicy(RetryPolicy policy) {
      return new Tuning(policy, transports);
    }
  }

  /** Runs the tool with the process's arguments, environment and streams, then exits with its code. */
  public static void main(String[] args) {
    silenceLibraryLogging();
    tuneForShortRun();
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, System.getenv(), out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool once and returns its exit code; never throws and never calls {@link System#exit}.
   *
   * @param args the command line, without the program name
   * @param env the environment ({@code CRONOFY_*} variables)
   * @param out where results go
   * @param err where the demo notice and error lines go
   */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return run(args, env, out, err, Tuning.defaults());
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, Tuning tuning) {
    Objects.requireNonNull(args, "args == null");
    Objects.requireNonNull(env, "env == null");
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(err, "err == null");
    Objects.requireNonNull(tuning, "tuning == null");
    try {
      return new Main(tuning).execute(args, env, out, err);
    } catch (RuntimeException | Error bug) {
      // a bug in the tool or a dependency: one line, no stack trace (see the README)
      err.println("error: internal error (" + bug.getClass().getName() + "); please report it");
      return ExitCodes.INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int execute(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    CommandLine line = CommandLine.parse(args);
    if (line.help()) {
      out.print(Help.text());
      return ExitCodes.OK;
    }
    if (line.version()) {
      out.println("cronofy-identity " + version());
      return ExitCodes.OK;
    }
    Settings settings;
    try {
      settings = Settings.resolve(line, env);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage() + " (see --help)");
      return ExitCodes.USAGE;
    }
    if (settings.demo()) {
      err.println("demo: " + settings.demoReason().orElseThrow() + "; showing a built-in demo account from a stub"
          + " server on loopback (give --token or CRONOFY_ACCESS_TOKEN for a real one)");
    }
    try (Transport transport = tuning.transports().open(settings)) {
      return call(settings, transport, out, err);
    } catch (Transport.TransportUnavailableException e) {
      err.println(ErrorReport.redact("error: " + e.getMessage(), settings.secrets()));
      return ExitCodes.TRANSPORT;
    }
  }

  private int call(Settings settings, Transport transport, PrintStream out, PrintStream err) {
    TokenSet tokens;
    Optional<ClientCredentials> client;
    TokenStore store;
    if (transport.demoAccess().isPresent()) {
      // the demo's rotated tokens must never land in the user's token file
      tokens = transport.demoAccess().get().tokens();
      client = transport.demoAccess().get().client();
      store = TokenStore.inMemoryOnly();
    } else {
      tokens = settings.tokens().orElseThrow(() -> new IllegalStateException("no tokens outside demo mode"));
      client = settings.client();
      store = settings.tokenFile().<TokenStore>map(file -> file).orElse(TokenStore.inMemoryOnly());
    }
    IdentityClient.Builder builder = IdentityClient.builder(transport.api())
        .tokenStore(store)
        .retryPolicy(tuning.retryPolicy())
        .callTimeout(settings.timeout())
        .scheduler(transport.scheduler());
    client.ifPresent(builder::clientCredentials);
    AccountSession session = builder.build().session("cronofy-identity", tokens);
    Output output = settings.json() ? new JsonOutput(IdentityJsonCodec.create()) : new HumanOutput();

    CompletionStage<String> result = command(settings, session, output);
    try {
      String text = result.toCompletableFuture()
          .get(settings.timeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
      out.print(text);
      return ExitCodes.OK;
    } catch (ExecutionException | CompletionException e) {
      return failure(e.getCause(), settings, err);
    } catch (TimeoutException e) {
      result.toCompletableFuture().cancel(true);
      return failure(new DeadlineExceededException(DeadlineExceededException.Scope.CALL, settings.timeout()),
          settings, err);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("error: interrupted");
      return ExitCodes.INTERNAL;
    }
  }

  private static CompletionStage<String> command(Settings settings, AccountSession session, Output output) {
    switch (settings.command()) {
      case USERINFO:
        return session.userInfo().thenApply(output::userInfo);
      case ACCOUNT:
        return session.account().thenApply(output::account);
      case PROFILES:
        return session.profiles().thenApply(output::profiles);
      case CONFERENCING:
        return session.userInfo().thenApply(output::conferencing);
      case STATUS:
        return session.userInfo().thenApply(output::status);
      case REVOKE:
        return session.revokeProfile(settings.profileId().orElseThrow()).thenApply(ignored ->
            output.revoked(settings.profileId().orElseThrow()));
      default:
        throw new IllegalStateException("unknown command " + settings.command());
    }
  }

  private static int failure(Throwable cause, Settings settings, PrintStream err) {
    Throwable error = cause;
    while (error instanceof CompletionException || error instanceof ExecutionException) {
      if (error.getCause() == null) {
        break;
      }
      error = error.getCause();
    }
    if (error instanceof IdentityException) {
      IdentityException identityError = (IdentityException) error;
      err.println(ErrorReport.line(identityError, settings));
      return ExitCodes.of(identityError.kind());
    }
    err.println("error: internal error (" + (error == null ? "unknown" : error.getClass().getName())
        + "); please report it");
    return ExitCodes.INTERNAL;
  }

  /** The version the build stamped into the jar. */
  static String version() {
    try (InputStream in = Main.class.getResourceAsStream("version.txt")) {
      if (in != null) {
        String version = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!version.isEmpty() && !version.startsWith("$")) {
          return version;
        }
      }
    } catch (IOException e) {
      // fall through to the unknown version
    }
    return "(unknown version)";
  }

  /**
   * A run lasts a second: Netty's JFR events and its own DNS resolver (Vert.x then uses the JDK's) cost
   * more to set up than they save. Explicit {@code -D} settings win.
   */
  private static void tuneForShortRun() {
    if (System.getProperty("io.netty.jfr.enabled") == null) {
      System.setProperty("io.netty.jfr.enabled", "false");
    }
    if (System.getProperty("vertx.disableDnsResolver") == null) {
      System.setProperty("vertx.disableDnsResolver", "true");
    }
  }

  /**
   * Vert.x and Netty log through java.util.logging; a command-line tool reports failures itself, as one
   * line, so library log records (and their stack traces) must not reach the terminal.
   */
  private static void silenceLibraryLogging() {
    LogManager.getLogManager().reset();
    Logger.getLogger("").setLevel(Level.OFF);
  }
}
