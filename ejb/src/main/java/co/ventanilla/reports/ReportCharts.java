package co.ventanilla.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of a report as PNG images (JFreeChart), drawn without a display: received by type,
 * channel and process against the period before, term compliance and satisfaction by month, and the
 * most repeated subjects.
 */
final class ReportCharts {

  static final int WIDTH = 1000;
  static final int HEIGHT = 520;
  private static final Color NOW = new Color(11, 61, 92);
  private static final Color BEFORE = new Color(150, 180, 200);
  private static final Color ACCENT = new Color(214, 120, 30);

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ReportCharts() {}

  /** Cases received in each slice of {@code d}, this period and the one before. */
  static byte[] receivedBy(Indicators ind, Dimension d) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (IndicatorRow r : ind.by(d)) {
      if (r.current().received() + r.previous().received() == 0) {
        continue;
      }
      data.addValue(r.current().received(), ind.period().code(), r.label());
      data.addValue(r.previous().received(), ind.previousPeriod().code(), r.label());
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            "PQRS recibidas por " + d.title().toLowerCase(java.util.Locale.ROOT),
            null,
            "Casos",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    styleBars(chart, true);
    return png(chart);
  }

  /** % answered within term and cases answered, month by month. */
  static byte[] termByMonth(List<IndicatorService.MonthFigures> months) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (IndicatorService.MonthFigures m : months) {
      Double pct = m.figures().pctInTerm();
      data.addValue(pct == null ? 0 : pct, "% respondidas en término", m.month().code());
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            "Cumplimiento del término por mes (%)",
            null, "%", data, PlotOrientation.VERTICAL, true, false, false);
    styleBars(chart, false);
    ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setRange(0, 100);
    return png(chart);
  }

  /** Mean rating (1–5) and share of ratings 4–5, month by month. */
  static byte[] satisfactionByMonth(List<IndicatorService.MonthFigures> months) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (IndicatorService.MonthFigures m : months) {
      Double mean = m.figures().ratingMean();
      data.addValue(mean == null ? 0 : mean, "Índice de satisfacción (1 a 5)", m.month().code());
    }
    JFreeChart chart =
        ChartFactory.createLineChart(
            "Satisfacción por mes",
            null,
            "Promedio",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    CategoryPlot plot = chart.getCategoryPlot();
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, ACCENT);
    renderer.setSeriesStroke(0, new BasicStroke(3f));
    renderer.setDefaultShapesVisible(true);
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 5);
    style(chart);
    return png(chart);
  }

  /** The most repeated subjects, now and before. */
  static byte[] topSubjects(Indicators ind) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Recurrence r : ind.recurrence()) {
      String label = r.subject().length() > 40 ? r.subject().substring(0, 39) + "…" : r.subject();
      data.addValue(r.count(), ind.period().code(), label);
      data.addValue(r.previousCount(), ind.previousPeriod().code(), label);
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            "Asuntos más frecuentes",
            null,
            "Casos",
            data,
            PlotOrientation.HORIZONTAL,
            true,
            false,
            false);
    styleBars(chart, false);
    chart
        .getCategoryPlot()
        .getDomainAxis()
        .setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    return png(chart);
  }

  private static void styleBars(JFreeChart chart, boolean rotateLabels) {
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, NOW);
    renderer.setSeriesPaint(1, BEFORE);
    renderer.setItemMargin(0.05);
    if (rotateLabels) {
      CategoryAxis axis = plot.getDomainAxis();
      axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
      axis.setMaximumCategoryLabelLines(2);
    }
    style(chart);
  }

  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(new Color(247, 249, 251));
    plot.setRangeGridlinePaint(new Color(200, 210, 220));
    plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    plot.getRangeAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    plot.getRangeAxis().setStandardTickUnits(NumberAxis.createStandardTickUnits());
  }

  private static byte[] png(JFreeChart chart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new IllegalStateException("Could not draw the chart " + chart.getTitle().getText(), e);
    }
    return out.toByteArray();
  }
}
