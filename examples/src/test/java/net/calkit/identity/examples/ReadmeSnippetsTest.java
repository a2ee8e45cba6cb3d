package net.calkit.identity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every ```java block of every README in the repository appears, line for line (indentation aside),
 * in a compiled Java source of the repository: the READMEs cannot drift from code that compiles, and
 * each module runs its own README examples as tests.
 */
class ReadmeSnippetsTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetIsCompiledSource() throws IOException {
    String sources = normalizedSources();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path readme : readmes()) {
      Matcher blocks = JAVA_BLOCK.matcher(Files.readString(readme));
      int index = 0;
      while (blocks.find()) {
        String snippet = normalize(blocks.group(1));
        String name = ROOT.relativize(readme) + " snippet " + (++index);
        tests.add(DynamicTest.dynamicTest(name, () -> assertThat(sources)
            .as("%s must appear in a compiled Java source:%n%s", name, snippet).contains(snippet)));
      }
    }
    assertThat(tests).as("the root README has Java snippets").isNotEmpty();
    return tests.stream();
  }

  private static List<Path> readmes() throws IOException {
    try (Stream<Path> paths = Files.walk(ROOT, 2)) {
      return paths.filter(p -> p.getFileName().toString().equals("README.md"))
          .filter(p -> !p.toString().contains("/target/")).sorted().collect(Collectors.toList());
    }
  }

  private static String normalizedSources() throws IOException {
    try (Stream<Path> paths = Files.walk(ROOT)) {
      return paths.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/"))
          .filter(p -> !p.toString().contains("/target/"))
          .map(ReadmeSnippetsTest::read).map(ReadmeSnippetsTest::normalize)
          .collect(Collectors.joining("\n"));
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Strips indentation and blank lines so a snippet matches the indented code it was taken from. */
  private static String normalize(String code) {
    return code.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
  }
}
