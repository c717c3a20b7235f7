package co.ventanilla.web.operations;

import co.ventanilla.correspondence.MailIntakeService;
import co.ventanilla.correspondence.MailQuarantineService;
import co.ventanilla.correspondence.QuarantineStatus;
import co.ventanilla.integration.CamelBootstrap;
import co.ventanilla.integration.mail.MailIntakeRoutes;
import co.ventanilla.integration.mail.MailIntakeSettings;
import co.ventanilla.integration.mail.MailboxSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.apache.camel.ServiceStatus;

/**
 * The mailboxes the intake reads ({@code correo.xhtml}), read-only: how each one is configured
 * (never its password: settings change through the environment, not here), whether its route is
 * reading, and how much automatic mail it has ignored. The quarantine has its own screen.
 */
@Named
@RequestScoped
public class MailboxesView {

  @Inject CamelBootstrap camel;
  @EJB MailIntakeService intake;
  @EJB MailQuarantineService quarantine;

  private MailIntakeSettings settings;
  private List<Row> rows;

  @PostConstruct
  void load() {
    settings = MailIntakeSettings.fromMicroProfileConfig();
    rows = settings.mailboxes().stream().map(this::row).toList();
  }

  private Row row(MailboxSettings m) {
    ServiceStatus status =
        camel.camel() == null
            ? null
            : camel.camel().getRouteController().getRouteStatus(MailIntakeRoutes.routeId(m.name()));
    long ignored =
        intake.ignoredCounts(m.name()).values().stream().mapToLong(Long::longValue).sum();
    return new Row(
        m.name(),
        m.scheme() + "://" + m.host() + ":" + m.port(),
        m.user(),
        m.folder(),
        m.pollInterval().toSeconds(),
        m.defaultType() == null ? null : m.defaultType().name(),
        m.agency(),
        m.quarantineFolder(),
        status == null ? "unknown" : status.isStarted() ? "reading" : "stopped",
        ignored);
  }

  public List<Row> getRows() {
    return rows;
  }

  public int getMaxAttempts() {
    return settings.maxAttempts();
  }

  public long getMaxSizeMb() {
    return settings.maxSizeBytes() / (1024 * 1024);
  }

  public long getPendingQuarantine() {
    return quarantine.count(QuarantineStatus.PENDING);
  }

  /** One mailbox as shown; {@code state} is reading, stopped or unknown. */
  public record Row(
      String name,
      String server,
      String user,
      String folder,
      long pollSeconds,
      String defaultType,
      String agency,
      String quarantineFolder,
      String state,
      long ignored) {}
}
