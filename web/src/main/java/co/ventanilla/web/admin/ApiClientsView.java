package co.ventanilla.web.admin;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.staff.ApiClient;
import co.ventanilla.staff.ApiClients;
import co.ventanilla.staff.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * API clients ({@code admin/clientes-api.xhtml}): the programs that file PQRS on behalf of
 * citizens, such as the company's own web site, each with its own key and hourly limit instead of
 * the per-address limit meant for people. The key is shown once, right after creating the client; a
 * lost key is replaced by revoking the client and creating another.
 */
@Named
@ViewScoped
public class ApiClientsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ApiClients clients;
  @Inject CurrentStaff staff;

  private List<ApiClient> rows = List.of();
  private String name;
  private int perHour = 1000;

  /** The key of the client just created: shown once, then forgotten with the view. */
  private String createdKey;

  @PostConstruct
  void load() {
    rows = clients.all();
  }

  /** Opens the dialog for a new client. */
  public void startCreate() {
    name = null;
    perHour = 1000;
    createdKey = null;
  }

  /** Creates the client of the dialog; its key is shown in the dialog. */
  public void save() {
    try {
      ApiClients.Created created =
          clients.create(name, ApiClient.Scope.RADICAR, perHour, staff.get().userName());
      createdKey = created.key();
      Feedback.done("adm.apiclients.created", created.client().name());
    } catch (CaseRuleViolation e) {
      Feedback.refusedInDialog(e);
      return;
    }
    load();
  }

  /** Revokes client {@code id}: its key stops working at once. */
  public void revoke(long id) {
    try {
      clients.revoke(id, staff.get().userName());
      Feedback.done("adm.apiclients.revoked.done");
    } catch (CaseRuleViolation e) {
      Feedback.refused(e);
    }
    load();
  }

  public List<ApiClient> getRows() {
    return rows;
  }

  public long getActiveCount() {
    return rows.stream().filter(ApiClient::active).count();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getPerHour() {
    return perHour;
  }

  public void setPerHour(int perHour) {
    this.perHour = perHour;
  }

  public String getCreatedKey() {
    return createdKey;
  }
}
