package co.ventanilla.integration.mail;

import co.ventanilla.correspondence.MailIntakeService;
import co.ventanilla.platform.OperationsMetrics;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Properties;
import java.util.logging.Logger;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.mail.MailEndpoint;

/**
 * One route per configured mailbox ({@link MailIntakeSettings}), created at start from the
 * configuration: {@code mail-<name>} polls the mailbox's folder for unread mail, reads each mail
 * whole, translates it ({@link MailTranslator}) and hands it to {@link MailIntakeService}, which
 * decides, in one transaction, whether it is a new case, an entry of an existing case, automatic
 * mail, or one already processed. No mailbox configured: no route.
 *
 * <p>How nothing is lost and nothing counted twice:
 *
 * <ul>
 *   <li>{@code peek=true} (Camel's default, set explicitly): the mail is flagged \Seen, or moved,
 *       in the exchange's on-completion, i.e. after the EJB call committed; when the route fails
 *       the mail stays unread and the next poll reads it again.
 *   <li>A crash between the commit and the flag shows the mail again: the source key, unique in the
 *       database, turns the second reading into "already processed".
 *   <li>A mail that keeps failing (poison) is counted in the database; at {@code
 *       intake.mail.max-attempts} its raw MIME goes to the quarantine, and only then the mail is
 *       flagged and moved to {@code quarantine-folder}, so the mails behind it keep flowing.
 * </ul>
 *
 * <p>Jakarta Mail settings: 1 MiB IMAP fetch size (a 10 MB attachment in 0.05 s instead of 0.2 s
 * with the default 16 KiB; STACK.md) and 30 s connection, read and write timeouts, so a dead server
 * cannot hang a poll forever.
 */
@Dependent
public class MailIntakeRoutes extends RouteBuilder {

  private static final Logger LOG = Logger.getLogger(MailIntakeRoutes.class.getName());

  /** Mails per poll: bounds memory and the poll's length; the rest come on the next poll. */
  static final int MAX_MAILS_PER_POLL = 100;

  static final int TIMEOUT_MILLIS = 30_000;
  static final int FETCH_SIZE_BYTES = 1024 * 1024;

  @EJB MailIntakeService mailIntake;

  @Inject OperationsMetrics metrics = OperationsMetrics.unattached();

  @Inject MailboxPolls polls = new MailboxPolls();

  @Inject Clock clock = Clock.systemDefaultZone();

  private MailIntakeSettings settings;

  public MailIntakeRoutes() {}

  /** For tests: the routes of {@code settings} around a given service. */
  public MailIntakeRoutes(MailIntakeSettings settings, MailIntakeService mailIntake) {
    this.settings = settings;
    this.mailIntake = mailIntake;
  }

  /** The route id of mailbox {@code name}. */
  public static String routeId(String name) {
    return "mail-" + name;
  }

  @Override
  public void configure() {
    MailIntakeSettings config =
        settings != null ? settings : MailIntakeSettings.fromMicroProfileConfig();
    if (config.mailboxes().isEmpty()) {
      LOG.info("No mailbox configured (" + MailIntakeSettings.MAILBOXES + "): no mail is read");
      return;
    }
    // Failures are handled per mail below; Camel's own handler would only log them twice.
    errorHandler(noErrorHandler());
    for (MailboxSettings mailbox : config.mailboxes()) {
      MailboxIntake intake = new MailboxIntake(mailbox, config, mailIntake, metrics);
      String id = routeId(mailbox.name());
      MailboxPolls.State state = polls.of(mailbox.name());
      metrics.mailLastSuccess(mailbox.name(), state, MailboxPolls.State::lastSuccessEpochSeconds);
      MailEndpoint endpoint = endpoint(mailbox);
      endpoint.setPollStrategy(new MailboxPollStrategy(mailbox.name(), state, metrics, clock));
      from(endpoint)
          .routeId(id)
          .doTry()
          .process(intake::read)
          .id(id + "-read")
          .process(intake::receive)
          .id(id + "-receive")
          .process(intake::received)
          .id(id + "-received")
          .doCatch(Exception.class)
          .process(intake::failed)
          .id(id + "-failed")
          .end();
      LOG.info(
          () ->
              "Mailbox "
                  + mailbox.name()
                  + " read every "
                  + mailbox.pollInterval().toMillis()
                  + " ms"
                  + ": "
                  + mailbox.describe());
    }
  }

  /**
   * The consumer endpoint of {@code mailbox}, built from its settings rather than from a URI, so
   * that user, password and folder need no escaping and the password appears in no URI.
   */
  MailEndpoint endpoint(MailboxSettings mailbox) {
    MailComponent component = getContext().getComponent(mailbox.scheme(), MailComponent.class);
    MailConfiguration config = component.getConfiguration().copy();
    config.configure(URI.create(mailbox.scheme() + "://" + mailbox.host() + ":" + mailbox.port()));
    config.setUsername(mailbox.user());
    config.setPassword(mailbox.password());
    config.setFolderName(mailbox.folder());
    config.setUnseen(true);
    config.setPeek(true);
    config.setMapMailMessage(false); // the raw MIME is read once, by MailboxIntake
    config.setConnectionTimeout(TIMEOUT_MILLIS); // mail.<protocol>.connectiontimeout and .timeout
    Properties javaMail = new Properties();
    javaMail.setProperty(
        "mail." + mailbox.scheme() + ".fetchsize", String.valueOf(FETCH_SIZE_BYTES));
    javaMail.setProperty(
        "mail." + mailbox.scheme() + ".writetimeout", String.valueOf(TIMEOUT_MILLIS));
    config.setAdditionalJavaMailProperties(javaMail);
    String uri =
        mailbox.scheme()
            + "://"
            + mailbox.host()
            + ":"
            + mailbox.port()
            + "?mailbox="
            + mailbox.name();
    MailEndpoint endpoint = new MailEndpoint(uri, component, config);
    endpoint.setDelay(mailbox.pollInterval().toMillis());
    endpoint.setInitialDelay(Math.min(1000, mailbox.pollInterval().toMillis()));
    endpoint.setMaxMessagesPerPoll(MAX_MAILS_PER_POLL);
    return endpoint;
  }
}
