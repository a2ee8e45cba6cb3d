package net.calkit.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's Java snippet, run as written; the README must show exactly this code. */
class ReadmeExampleTest {
  private static final String SNIPPET = String.join("\n",
      "ByteArrayOutputStream out = new ByteArrayOutputStream();",
      "ByteArrayOutputStream err = new ByteArrayOutputStream();",
      "int code = Main.run(new String[] {\"--demo\", \"status\", \"--json\"}, Map.of(),",
      "    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));");

  @Test
  @DisplayName("the README's embedding example runs the demo status as JSON with exit code 0")
  @SuppressWarnings("unchecked")
  void embeddingExample() {
    // --- the README snippet
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--demo", "status", "--json"}, Map.of(),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    // --- end of the snippet

    assertThat(code).as("stderr: %s", err).isZero();
    Map<String, Object> json = (Map<String, Object>) JsonTree.parse(out.toString(StandardCharsets.UTF_8));
    assertThat(json.get("sub").toString()).startsWith("acc_");
    assertThat((List<Object>) json.get("needs_attention")).isNotEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(1).allMatch(l -> l.startsWith("demo: "));
  }

  @Test
  @DisplayName("the README shows the snippet exactly as this test runs it")
  void readmeShowsSnippet() throws Exception {
    String readme = Files.readString(Path.of("README.md"));

    assertThat(readme).contains("```java\n" + SNIPPET + "\n");
  }
}
