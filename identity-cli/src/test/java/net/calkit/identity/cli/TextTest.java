package net.calkit.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
