package net.calkit.identity.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parsed command line, before the environment and the token file are consulted. Options may come
 * before or after the command, as {@code --name value} or {@code --name=value}; {@code --} ends them.
 * {@code --help} and {@code --version} win over any error, so they always work.
 *
 * @param command the command word, when one was given and known
 * @param operands what followed the command
 * @param values the value of each option given (the last one wins)
 * @param error the first problem found; never quotes a value that could be a secret
 */
record CommandLine(Optional<Command> command, List<String> operands, Map<Option, String> values,
    boolean json, boolean demo, boolean help, boolean version, Optional<String> error) {

  /** The options, with a value placeholder for those that take one. */
  enum Option {
    DATA_CENTER("--data-center", "ID"),
    BASE_URL("--base-url", "URL"),
    TOKEN("--token", "TOKEN"),
    TOKEN_FILE("--token-file", "FILE"),
    REFRESH_TOKEN("--refresh-token", "TOKEN"),
    CLIENT_ID("--client-id", "ID"),
    CLIENT_SECRET("--client-secret", "SECRET"),
    TIMEOUT("--timeout", "SECONDS"),
    JSON("--json", ""),
    DEMO("--demo", ""),
    HELP("--help", ""),
    VERSION("--version", "");

    private final String name;
    private final String placeholder;

    Option(String name, String placeholder) {
      this.name = name;
      this.placeholder = placeholder;
    }

    String optionName() {
      return name;
    }

    boolean takesValue() {
      return !placeholder.isEmpty();
    }

    /** Every name an option is known by. */
    static List<String> names() {
      List<String> names = new ArrayList<>(List.of("-h", "-V"));
      for (Option option : values()) {
        names.add(option.name);
      }
      return names;
    }

    static Optional<Option> named(String name) {
      if (name.equals("-h")) {
        return Optional.of(HELP);
      }
      if (name.equals("-V")) {
        return Optional.of(VERSION);
      }
      for (Option option : values()) {
        if (option.name.equals(name)) {
          return Optional.of(option);
        }
      }
      return Optional.empty();
    }
  }

  CommandLine {
    Objects.requireNonNull(command, "command == null");
    operands = List.copyOf(operands);
    values = Map.copyOf(values);
    Objects.requireNonNull(error, "error == null");
  }

  /** The value of {@code option}, when given. */
  Optional<String> value(Option option) {
    return Optional.ofNullable(values.get(option));
  }

  /** Parses {@code args}; never throws, problems land in {@link #error()}. */
  static CommandLine parse(String[] args) {
    Map<Option, String> values = new EnumMap<>(Option.class);
    List<String> positional = new ArrayList<>();
    boolean json = false;
    boolean demo = false;
    boolean help = false;
    boolean version = false;
    String error = null;
    boolean optionsEnded = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        positional.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq >= 0 ? arg.substring(0, eq) : arg;
      Optional<Option> known = Option.named(name);
      if (known.isEmpty()) {
        error = first(error, "unknown option " + Text.quoteWord(name, Option.names()));
        continue;
      }
      Option option = known.get();
      if (!option.takesValue()) {
        if (eq >= 0) {
          error = first(error, option.name + " takes no value");
          continue;
        }
        switch (option) {
          case JSON:
            json = true;
            break;
          case DEMO:
            demo = true;
            break;
          case HELP:
            help = true;
            break;
          default:
            version = true;
            break;
        }
        continue;
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        error = first(error, option.name + " needs a value (" + option.placeholder + ")");
        continue;
      }
      values.put(option, value);
    }
    Optional<Command> command = Optional.empty();
    List<String> operands = List.of();
    if (positional.isEmpty()) {
      error = first(error, "no command given; expected one of: " + Command.words());
    } else {
      String word = positional.get(0);
      command = Command.of(word);
      operands = positional.subList(1, positional.size());
      if (command.isEmpty()) {
        error = first(error, "unknown command " + Text.quoteWord(word, Command.wordList()) + "; expected one of: "
            + Command.words());
      }
    }
    return new CommandLine(command, operands, values, json, demo, help, version, Optional.ofNullable(error));
  }

  private static String first(String existing, String candidate) {
    return existing != null ? existing : candidate;
  }
}
