package co.ventanilla.web.admin;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.organization.Agency;
import co.ventanilla.organization.AgencyService;
import co.ventanilla.staff.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Agencies ({@code admin/sedes.xhtml}): the sedes, agencias and puestos the screens offer for a
 * case (seed 000 lists Bogotá, Medellín, Cali, Pereira and Manizales). Add one, rename it or change
 * its city, stop or resume offering it; agencies are never deleted and cases keep the name they
 * were filed with. Changes go through {@link AgencyService} as the logged-in person.
 */
@Named
@ViewScoped
public class AgenciesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AgencyService agencies;
  @Inject CurrentStaff staff;

  private List<Agency> rows = List.of();

  /** The agency the dialog edits; null: a new one. */
  private Long editing;

  private boolean editingActive;
  private String name;
  private String city;
  private String address;

  @PostConstruct
  void load() {
    rows = agencies.agencies();
  }

  /** Opens the dialog for a new agency. */
  public void startCreate() {
    editing = null;
    name = null;
    city = null;
    address = null;
  }

  /** Opens the dialog to rename agency {@code id} or change its city. */
  public void startEdit(long id) {
    rows.stream()
        .filter(a -> a.id() == id)
        .findFirst()
        .ifPresent(
            a -> {
              editing = a.id();
              editingActive = a.active();
              name = a.name();
              city = a.city();
              address = a.address();
            });
  }

  /** Adds the agency of the dialog, or stores its new name and city. */
  public void save() {
    String actor = staff.get().userName();
    try {
      if (editing == null) {
        Agency created = agencies.create(name, city, address, actor);
        Feedback.done("adm.agencies.created", created.name());
      } else {
        Agency changed = agencies.update(editing, name, city, address, editingActive, actor);
        Feedback.done("adm.agencies.updated", changed.name());
      }
    } catch (CaseRuleViolation e) {
      Feedback.refusedInDialog(e);
      return;
    }
    load();
  }

  /** Resumes ({@code active}) or stops offering agency {@code id} for new cases and filters. */
  public void setActive(long id, boolean active) {
    Agency agency = rows.stream().filter(a -> a.id() == id).findFirst().orElse(null);
    if (agency == null) {
      Feedback.refused(new CaseRuleViolation("agency.unknown", id));
      return;
    }
    try {
      agencies.update(
          id, agency.name(), agency.city(), agency.address(), active, staff.get().userName());
      Feedback.done(active ? "adm.agencies.activated" : "adm.agencies.deactivated", agency.name());
    } catch (CaseRuleViolation e) {
      Feedback.refused(e);
    }
    load();
  }

  public List<Agency> getRows() {
    return rows;
  }

  public long getActiveCount() {
    return rows.stream().filter(Agency::active).count();
  }

  public boolean isCreating() {
    return editing == null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }
}
