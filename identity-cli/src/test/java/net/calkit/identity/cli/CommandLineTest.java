package net.calkit.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.calkit.identity.cli.CommandLine.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  @DisplayName("options go before or after the command, as --name value or --name=value")
  void optionsAnywhere() {
    CommandLine line = CommandLine.parse(new String[] {"--token", "t1", "profiles", "--data-center=UK", "--json"});

    assertThat(line.error()).isEmpty();
    assertThat(line.command()).contains(Command.PROFILES);
    assertThat(line.value(Option.TOKEN)).contains("t1");
    assertThat(line.value(Option.DATA_CENTER)).contains("UK");
    assertThat(line.json()).isTrue();
    assertThat(line.demo()).isFalse();
  }

  @Test
  @DisplayName("revoke keeps its operand; -- ends the options so an operand may start with a dash")
  void operands() {
    CommandLine line = CommandLine.parse(new String[] {"revoke", "--", "-pro_1"});

    assertThat(line.error()).isEmpty();
    assertThat(line.command()).contains(Command.REVOKE);
    assertThat(line.operands()).containsExactly("-pro_1");
  }

  @Test
  @DisplayName("the last value of a repeated option wins")
  void lastWins() {
    CommandLine line = CommandLine.parse(new String[] {"--timeout", "1", "--timeout=2", "status"});

    assertThat(line.value(Option.TIMEOUT)).contains("2");
  }

  @Test
  @DisplayName("an unknown option is an error naming it, without its value")
  void unknownOption() {
    CommandLine line = CommandLine.parse(new String[] {"--tokn=secret-value-123", "status"});

    assertThat(line.error()).contains("unknown option \"--tokn\"");
    assertThat(line.error().get()).doesNotContain("secret-value-123");
  }

  @Test
  @DisplayName("an unknown word that could be a pasted token is not echoed")
  void unknownCommandNotEchoedWhenLong() {
    String pasted = "sk_live_aVeryLongTokenLikeValue0123456789";

    CommandLine line = CommandLine.parse(new String[] {pasted});

    assertThat(line.error()).isPresent();
    assertThat(line.error().get()).doesNotContain(pasted).contains("not shown").contains("status");
  }

  @Test
  @DisplayName("an unknown option or command that is no mistyped name is described by its length only")
  void unknownWordsFarFromAnyName() {
    assertThat(CommandLine.parse(new String[] {"status", "--verbose"}).error())
        .contains("unknown option (an unexpected argument, 9 characters, not shown)");
    assertThat(CommandLine.parse(new String[] {"list"}).error()).contains("unknown command (an unexpected argument, 4"
        + " characters, not shown); expected one of: userinfo, account, profiles, conferencing, status, revoke");
    assertThat(CommandLine.parse(new String[] {"-abcdef12", "status"}).error())
        .contains("unknown option (an unexpected argument, 9 characters, not shown)");
  }

  @Test
  @DisplayName("a short unknown command is quoted, with the valid ones")
  void unknownCommand() {
    CommandLine line = CommandLine.parse(new String[] {"stats"});

    assertThat(line.error()).contains("unknown command \"stats\"; expected one of: userinfo, account, profiles, "
        + "conferencing, status, revoke");
  }

  @Test
  @DisplayName("missing command, missing value and a value given to a flag are errors")
  void malformed() {
    assertThat(CommandLine.parse(new String[] {}).error().orElseThrow()).startsWith("no command given");
    assertThat(CommandLine.parse(new String[] {"status", "--token"}).error())
        .contains("--token needs a value (TOKEN)");
    assertThat(CommandLine.parse(new String[] {"status", "--json=yes"}).error()).contains("--json takes no value");
  }

  @Test
  @DisplayName("--help and --version win over any error, even an earlier one")
  void helpWins() {
    for (List<String> args : List.of(List.of("--bogus", "--help"), List.of("-h"), List.of("nonsense", "-h"))) {
      CommandLine line = CommandLine.parse(args.toArray(String[]::new));
      assertThat(line.help()).as("%s", args).isTrue();
    }
    assertThat(CommandLine.parse(new String[] {"--bogus", "--version"}).version()).isTrue();
    assertThat(CommandLine.parse(new String[] {"-V"}).version()).isTrue();
  }
}
