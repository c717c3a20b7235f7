package co.ventanilla.web.intake;

import co.ventanilla.cases.Channel;
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

  private static final java.util.regex.Pattern FORM_KEY =
      java.util.regex.Pattern.compile(
          "web:form:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /**
   * One key per rendered form, carried in the page (the view is stateless): filing the same form
   * again files nothing new.
   */
  private String formKey = "web:form:" + UUID.randomUUID();

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
        settings.consent("formulario", "IP " + ClientAddress.of(request)),
        List.of(),
        b -> b.sourceKey(formKey).sourceReference("formulario web").actor("web"));
  }

  public String getFormKey() {
    return formKey;
  }

  /** The key the page was rendered with; anything not shaped like one keeps a fresh key. */
  public void setFormKey(String key) {
    if (key != null && FORM_KEY.matcher(key).matches()) {
      formKey = key;
    }
  }

  public int getMaxFileMb() {
    return settings.maxFileMb();
  }

  public int getMaxFiles() {
    return settings.maxFiles();
  }

  /** The text of the policy in force, shown above the consent box. */
  public String getPolicyText() {
    return settings.policyText();
  }

  public String getPolicyVersion() {
    return settings.policyVersion();
  }
}
