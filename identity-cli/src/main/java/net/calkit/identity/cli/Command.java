package net.calkit.identity.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The commands, with the operands each takes. */
enum Command {
  USERINFO("userinfo", "", "the identity behind the token, with its calendar and conferencing profiles"),
  ACCOUNT("account", "", "the account behind the token"),
  PROFILES("profiles", "", "the calendar profiles and their state"),
  CONFERENCING("conferencing", "", "the conferencing profiles (Zoom, Teams, ...) and their state"),
  STATUS("status", "", "everything that needs attention: profiles to relink, profiles still syncing"),
  REVOKE("revoke", "PROFILE_ID", "revokes the authorization to one calendar profile");

  private final String word;
  private final String operand;
  private final String summary;

  Command(String word, String operand, String summary) {
    this.word = word;
    this.operand = operand;
    this.summary = summary;
  }

  /** The word typed on the command line. */
  String word() {
    return word;
  }

  /** The operand's placeholder, empty when the command takes none. */
  String operand() {
    return operand;
  }

  /** One line for the help text. */
  String summary() {
    return summary;
  }

  static Optional<Command> of(String word) {
    for (Command command : values()) {
      if (command.word.equals(word)) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }

  /** The command words, in help order. */
  static List<String> wordList() {
    return Arrays.stream(values()).map(Command::word).collect(Collectors.toList());
  }

  static String words() {
    return Arrays.stream(values()).map(Command::word).collect(Collectors.joining(", "));
  }
}
