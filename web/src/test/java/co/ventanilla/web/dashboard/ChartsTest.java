package co.ventanilla.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A chart with nothing to draw says "Sin datos para el período" instead (issue #18, item 7). */
class ChartsTest {

  private final Charts charts = new Charts();

  @Test
  void noChartNoDatasetOrOnlyZerosIsEmpty() {
    assertTrue(charts.empty(null));
    assertTrue(charts.empty("{}"));
    assertTrue(charts.empty("{\"type\":\"bar\",\"data\":{\"labels\":[],\"datasets\":[]}}"));
    assertTrue(
        charts.empty(
            "{\"type\":\"bar\",\"data\":{\"labels\":[\"a\"],\"datasets\":[{\"data\":[0]},"
                + "{\"data\":[]}]}}"));
  }

  @Test
  void anyValueIsSomethingToDraw() {
    assertFalse(
        charts.empty(
            "{\"type\":\"doughnut\",\"data\":{\"labels\":[\"a\",\"b\"],"
                + "\"datasets\":[{\"data\":[0,3]}]}}"));
    assertFalse(
        charts.empty(
            "{\"type\":\"line\",\"data\":{\"datasets\":[{\"data\":[{\"x\":1,\"y\":2}]}]}}"));
  }
}
