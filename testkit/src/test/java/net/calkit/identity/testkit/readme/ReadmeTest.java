package net.calkit.identity.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps README.md's quickstarts identical to the compiled, running code. */
class ReadmeTest {
  private static final Path SOURCES = Path.of("src/test/java/net/calkit/identity/testkit/readme");

  @org.junit.jupiter.api.Test
  void readmeShowsTheCompiledQuickstarts() throws IOException {
    String readme = normalize(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
    for (String[] snippet : new String[][] {{"ProveYourAdapterContractTest.java", "prove"},
        {"UseTheFakeTest.java", "fake"}}) {
      String source = Files.readString(SOURCES.resolve(snippet[0]), StandardCharsets.UTF_8);
      String code = source.substring(source.indexOf("// begin:" + snippet[1]) + ("// begin:" + snippet[1]).length(),
          source.indexOf("// end:" + snippet[1]));
      assertThat(readme).as("README.md shows the code of %s", snippet[0]).contains(normalize(code));
    }
  }

  private static String normalize(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        out.append(line.strip()).append('\n');
      }
    }
    return out.toString();
  }
}
