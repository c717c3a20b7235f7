package co.ventanilla.web.satisfaction;

import co.ventanilla.satisfaction.ClientContact;
import co.ventanilla.satisfaction.ContactData;
import co.ventanilla.satisfaction.SurveyRefused;
import co.ventanilla.satisfaction.SurveyService;
import co.ventanilla.web.i18n.LocaleSelector;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.primefaces.event.FileUploadEvent;

/**
 * The client contacts surveyed (GO-RG-03; {@code encuestas/contactos.xhtml}): the list, adding and
 * changing one, (de)activating, and importing a CSV with a report per row (like the suggestion-box
 * import: good rows kept, bad rows refused with their line and reasons).
 */
@Named
@ViewScoped
public class ClientContactsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB SurveyService surveys;
  @Inject LocaleSelector language;

  private List<ClientContact> contacts;
  private Long editing;
  private String company;
  private String contactName;
  private String email;
  private String phone;
  private String agency;
  private String contract;
  private SurveyService.ContactImport report;

  public void onLoad() {
    contacts = surveys.contacts();
  }

  public void edit(ClientContact c) {
    editing = c.id();
    company = c.company();
    contactName = c.contactName();
    email = c.email();
    phone = c.phone();
    agency = c.agency();
    contract = c.contract();
  }

  public void clear() {
    editing = null;
    company = contactName = email = phone = agency = contract = null;
  }

  public void save() {
    try {
      surveys.saveContact(
          editing, new ContactData(company, contactName, email, phone, agency, contract));
      info("sat.contacts.saved");
      clear();
      onLoad();
    } catch (SurveyRefused e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.detail(), e.detail()));
    }
  }

  public void toggle(ClientContact c) {
    surveys.setContactActive(c.id(), !c.active());
    onLoad();
  }

  public void upload(FileUploadEvent event) throws IOException {
    try (InputStream in = event.getFile().getInputStream()) {
      report = surveys.importContacts(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    String text =
        MessageFormat.format(
            bundle().getString("sat.contacts.imported"),
            report.created(),
            report.updated(),
            report.rejected());
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    onLoad();
  }

  private void info(String key) {
    String text = bundle().getString(key);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  private ResourceBundle bundle() {
    return ResourceBundle.getBundle("co.ventanilla.web.i18n.Satisfaction", language.getLocale());
  }

  public String getTemplate() {
    return co.ventanilla.satisfaction.ContactCsv.HEADER;
  }

  public List<ClientContact> getContacts() {
    return contacts;
  }

  public SurveyService.ContactImport getReport() {
    return report;
  }

  public Long getEditing() {
    return editing;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getContract() {
    return contract;
  }

  public void setContract(String contract) {
    this.contract = contract;
  }
}
