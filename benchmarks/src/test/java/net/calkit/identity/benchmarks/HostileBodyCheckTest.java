package net.calkit.identity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import net.calkit.identity.json.JsonLimits;
import org.junit.jupiter.api.Test;

class HostileBodyCheckTest {
  @Test
  void everyWorstCaseBodyGivesAValueOrTheTypedRefusalAndTheSummaryNamesTheSlowest() {
    JsonLimits small = JsonLimits.DEFAULT.withMaxBodyBytes(64 * 1024);

    Properties summary = HostileBodyCheck.run(small, 1);

    String detail = summary.getProperty("detail");
    assertThat(detail).doesNotContain("UNTYPED").contains("maxBodyBytes 65536: slowest median");
    for (String body : HostileBodyCheck.bodies(small).keySet()) {
      assertThat(detail).contains(body + " ");
    }
    assertThat(detail).contains("deep-unknown").contains("depth-bomb");
    assertThat(summary.getProperty("result")).isIn("PASS", "FAIL");
    HostileBodyCheck.bodies(small).forEach((name, body) ->
        assertThat(body.length).as(name).isLessThanOrEqualTo(small.maxBodyBytes() + 1));
  }
}
