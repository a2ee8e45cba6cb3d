package net.calkit.identity.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.calkit.identity.client.Scheduler;
import org.junit.jupiter.api.Test;

class ManualTimeTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void theClockMovesOnlyWhenTold() {
    Instant start = clock.instant();

    clock.advance(Duration.ofMinutes(5));

    assertThat(clock.instant()).isEqualTo(start.plusSeconds(300));
    Clock2 view = new Clock2(clock.withZone(ZoneId.of("Europe/London")));
    clock.set(start);
    assertThat(view.clock.instant()).as("a zone view shares the time").isEqualTo(start);
    assertThat(view.clock.getZone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  private record Clock2(java.time.Clock clock) {}

  @Test
  void tasksRunInDueOrderOnlyWhenTimeReachesThem() {
    ManualScheduler scheduler = new ManualScheduler(clock);
    List<String> ran = new ArrayList<>();
    scheduler.schedule(Duration.ofSeconds(2), () -> ran.add("b"));
    scheduler.schedule(Duration.ofSeconds(1), () -> ran.add("a"));
    scheduler.schedule(Duration.ofSeconds(2), () -> ran.add("c"));

    scheduler.advance(Duration.ofMillis(999));
    assertThat(ran).isEmpty();
    assertThat(scheduler.nextDelay()).contains(Duration.ofMillis(1));

    scheduler.advance(Duration.ofSeconds(5));

    assertThat(ran).containsExactly("a", "b", "c");
    assertThat(scheduler.elapsed()).isEqualTo(Duration.ofMillis(5999));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:05.999Z"));
    assertThat(scheduler.pending()).isZero();
  }

  @Test
  void tasksScheduledByTasksRunWhenTheyFallInTheWindowAndSeeTheirOwnTime() {
    ManualScheduler scheduler = new ManualScheduler(clock);
    List<Instant> ran = new ArrayList<>();
    scheduler.schedule(Duration.ofSeconds(1), () -> {
      ran.add(clock.instant());
      scheduler.schedule(Duration.ofSeconds(1), () -> ran.add(clock.instant()));
      scheduler.schedule(Duration.ofSeconds(10), () -> ran.add(clock.instant()));
    });

    scheduler.advance(Duration.ofSeconds(3));

    assertThat(ran).containsExactly(Instant.parse("2026-01-01T00:00:01Z"), Instant.parse("2026-01-01T00:00:02Z"));
    assertThat(scheduler.pending()).isEqualTo(1);
  }

  @Test
  void cancelledTasksNeverRunAndZeroDelaysRunOnRunDue() {
    ManualScheduler scheduler = new ManualScheduler();
    List<String> ran = new ArrayList<>();
    Scheduler.Cancellable cancelled = scheduler.schedule(Duration.ofSeconds(1), () -> ran.add("cancelled"));
    scheduler.schedule(Duration.ZERO, () -> ran.add("now"));

    cancelled.cancel();
    cancelled.cancel();
    scheduler.runDue();
    assertThat(ran).containsExactly("now");
    scheduler.advance(Duration.ofSeconds(1));

    assertThat(ran).containsExactly("now");
    assertThat(scheduler.pending()).isZero();
  }
}
