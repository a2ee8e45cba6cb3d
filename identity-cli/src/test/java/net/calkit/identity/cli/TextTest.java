package net.calkit.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  @DisplayName("terminal controls and bidi overrides are escaped; other scripts are kept")
  void clean() {
    assertThat(Text.clean("a\u001b[31mred\u0007")).isEqualTo("a\\u001b[31mred\\u0007");
    assertThat(Text.clean("x\r\ny\u0085\u202ez")).isEqualTo("x\\u000d\\u000ay\\u0085\\u202ez");
    assertThat(Text.clean("Zoë 山田 📅")).isEqualTo("Zoë 山田 📅");
  }

  @Test
  @DisplayName("tables align by code point, mark empty cells and have no trailing spaces")
  void table() {
    String rendered = new Table("ID", "NAME", "URL").row("pro_1", "山田", "").row("pro_22", "📅x", "https://a")
        .render("  ");

    assertThat(rendered).isEqualTo(
        "  ID      NAME  URL\n"
            + "  pro_1   山田    -\n"
            + "  pro_22  📅x    https://a\n");
  }

  @Test
  @DisplayName("a word is quoted only when it is plain and at most two edits from a known name")
  void quoteWord() {
    List<String> names = List.of("status", "profiles", "--token");

    assertThat(Text.quoteWord("stats", names)).isEqualTo("\"stats\"");
    assertThat(Text.quoteWord("--tokn", names)).isEqualTo("\"--tokn\"");
    assertThat(Text.quoteWord("PROFILES", names)).isEqualTo("\"PROFILES\"");
    assertThat(Text.quoteWord("list", names)).isEqualTo("(an unexpected argument, 4 characters, not shown)");
    assertThat(Text.quoteWord("sk_live_abc", names)).isEqualTo("(an unexpected argument, 11 characters, not shown)");
    assertThat(Text.quoteWord("stat\u001bs", names)).as("a control character is never echoed")
        .isEqualTo("(an unexpected argument, 6 characters, not shown)");
    assertThat(Text.quoteWord("", names)).isEqualTo("(an unexpected argument, 0 characters, not shown)");
  }

  @Test
  @DisplayName("edits counts insertions, deletions and substitutions")
  void edits() {
    assertThat(Text.edits("status", "status")).isZero();
    assertThat(Text.edits("stats", "status")).isEqualTo(1);
    assertThat(Text.edits("kitten", "sitting")).isEqualTo(3);
    assertThat(Text.edits("", "abc")).isEqualTo(3);
    assertThat(Text.edits("abc", "")).isEqualTo(3);
  }
}
