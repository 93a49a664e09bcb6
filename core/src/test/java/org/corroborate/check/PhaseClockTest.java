package org.corroborate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseClockTest {

  @Test
  void eachLapCountsFromTheSameThreadsPreviousLapAndNamesTheThread() throws InterruptedException {
    PhaseClock clock = PhaseClock.started();
    clock.lap("first");
    Thread other = new Thread(() -> clock.lap("elsewhere"), "other-thread");
    other.start();
    other.join();
    clock.lap("second");
    List<PhaseClock.Lap> laps = clock.laps();
    assertThat(laps).extracting(PhaseClock.Lap::phase).containsExactly("first", "elsewhere", "second");
    assertThat(laps.get(1).thread()).isEqualTo("other-thread");
    PhaseClock.Lap first = laps.get(0);
    PhaseClock.Lap second = laps.get(2);
    // the second lap of this thread counts from the first, not from the clock's start
    assertThat(second.millis()).isCloseTo(second.atMillis() - first.atMillis(), org.assertj.core.data.Offset.offset(0.001));
    assertThat(laps.get(1).millis()).isEqualTo(laps.get(1).atMillis());
    assertThat(laps).allSatisfy(l -> assertThat(l.cpuMillis()).isGreaterThanOrEqualTo(0));
  }

  @Test
  void theNoneClockRecordsNothing() {
    PhaseClock.NONE.lap("anything");
    assertThat(PhaseClock.NONE.laps()).isEmpty();
  }
}
