package co.ventanilla.web.intake;

import co.ventanilla.cases.Channel;
import co.ventanilla.intake.Consent;
import co.ventanilla.intake.SubmissionProblem;
import co.ventanilla.integration.IntakeGateway;
import co.ventanilla.web.i18n.LocaleSelector;
import co.ventanilla.web.security.ClientAddress;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;

/**
 * The public PQRS form ({@code radicar.xhtml}): anyone files without logging in and gets the
 * radicado and tracking code at once. Personal data needs the Ley 1581 de 2012 authorization
 * (recorded with the policy version); an anonymous filing stores no personal data at all and is
 * followed with the tracking code. A form can be filed once: pressing the button twice, or
 * resubmitting the page, gives the same radicado. Each client address may file {@code
 * intake.web.rate-limit-per-hour} times an hour.
 */
@Named
@ViewScoped
public class FilingFormView extends PetitionForm {

  private static final long serialVersionUID = 1L;

  @Inject IntakeGateway intake;
  @Inject FilingRateLimiter limiter;
  @Inject LocaleSelector language;
  @Inject PublicFormSettings settings;

  /** One key per rendered form: filing the same form again files nothing new. */
  private final String formKey = "web:form:" + UUID.randomUUID();

  @Override
  protected String formId() {
    return "filing";
  }

  public void submit() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    if (!limiter.tryAcquire(ClientAddress.of(request))) {
      report(List.of(new SubmissionProblem("formulario", "rate_limited")), language.getLocale());
      return;
    }
    file(
        intake,
        settings.uploadPolicy(),
        language.getLocale(),
        Channel.WEB,
        new Consent(settings.policyVersion(), settings.now()),
        List.of(),
        b -> b.sourceKey(formKey).sourceReference("formulario web").actor("web"));
  }

  public int getMaxFileMb() {
    return settings.maxFileMb();
  }

  public int getMaxFiles() {
    return settings.maxFiles();
  }

  public String getPolicyVersion() {
    return settings.policyVersion();
  }
}
