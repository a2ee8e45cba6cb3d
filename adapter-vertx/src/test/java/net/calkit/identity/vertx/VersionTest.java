package net.calkit.identity.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VertxIdentityApi.VERSION")
class VersionTest {
  @Test
  @DisplayName("equals the project version in pom.xml, so the User-Agent tells the truth")
  void matchesPom() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    String parent = pom.substring(pom.indexOf("<parent>"), pom.indexOf("</parent>"));
    String version = parent.substring(parent.indexOf("<version>") + 9, parent.indexOf("</version>"));

    assertThat(VertxIdentityApi.VERSION).isEqualTo(version);
  }
}
