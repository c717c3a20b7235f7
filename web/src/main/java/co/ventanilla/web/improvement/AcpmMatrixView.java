package co.ventanilla.web.improvement;

import co.ventanilla.improvement.Acpm;
import co.ventanilla.improvement.AcpmFilter;
import co.ventanilla.improvement.AcpmOrigin;
import co.ventanilla.improvement.AcpmRuleViolation;
import co.ventanilla.improvement.AcpmService;
import co.ventanilla.improvement.AcpmStatus;
import co.ventanilla.improvement.AcpmType;
import co.ventanilla.improvement.NewAcpm;
import co.ventanilla.investigations.Cause;
import co.ventanilla.organization.Area;
import co.ventanilla.staff.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ACPM matrix GI-RG-07 ({@code mejora/matriz.xhtml}): the entries the user may see, filtered by
 * state, type, origin, process, action owner and overdue; the export in the GI-RG-07 column order
 * (the same filters, through {@code /api/acpm/exportacion}); and, for the Dirección SIG and the
 * administrator, opening a new entry.
 */
@Named
@ViewScoped
public class AcpmMatrixView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AcpmService acpm;
  @Inject Clock clock;

  private AcpmStatus status;
  private AcpmType type;
  private AcpmOrigin origin;
  private Long areaId;
  private String owner;
  private boolean overdue;
  private transient List<Acpm> rows;

  // the new entry
  private AcpmOrigin newOrigin;
  private AcpmType newType;
  private String newDescription;
  private Long newAreaId;
  private String newAgency;
  private Long newCauseId;
  private String newRadicados;
  private Long newInvestigation;
  private String newReference;

  @PostConstruct
  void init() {
    String v =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("vista");
    if ("vencidas".equals(v)) {
      overdue = true;
    }
    search();
  }

  public void search() {
    rows = acpm.list(new AcpmFilter(status, type, origin, areaId, blank(owner), overdue));
  }

  public void clear() {
    status = null;
    type = null;
    origin = null;
    areaId = null;
    owner = null;
    overdue = false;
    search();
  }

  /** Opens the new entry and goes to its workspace. */
  public void open() throws IOException {
    List<String> radicados =
        newRadicados == null
            ? List.of()
            : Arrays.stream(newRadicados.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    Acpm a;
    try {
      a =
          acpm.open(
              new NewAcpm(
                  newOrigin,
                  newType,
                  newDescription,
                  newAreaId,
                  newAgency,
                  newCauseId,
                  radicados,
                  newInvestigation,
                  newReference));
    } catch (AcpmRuleViolation e) {
      Feedback.refused(e);
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces
        .getExternalContext()
        .redirect(
            faces.getExternalContext().getRequestContextPath() + "/mejora/acpm.xhtml?id=" + a.id());
  }

  /** The export's address with the filters in force. */
  public String getExportUrl() {
    Map<String, String> q = new LinkedHashMap<>();
    if (status != null) {
      q.put("estado", status.name().toLowerCase(Locale.ROOT));
    }
    if (type != null) {
      q.put("tipo", type.name().toLowerCase(Locale.ROOT));
    }
    if (origin != null) {
      q.put("origen", origin.name().toLowerCase(Locale.ROOT));
    }
    if (areaId != null) {
      acpm.areas().stream()
          .filter(a -> a.id().equals(areaId))
          .findFirst()
          .ifPresent(a -> q.put("proceso", a.name()));
    }
    if (blank(owner) != null) {
      q.put("responsable", owner.strip());
    }
    if (overdue) {
      q.put("vencidas", "true");
    }
    StringBuilder url =
        new StringBuilder(
            FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/acpm/exportacion");
    String sep = "?";
    for (Map.Entry<String, String> e : q.entrySet()) {
      url.append(sep)
          .append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = "&";
    }
    return url.toString();
  }

  public boolean isOverdue(Acpm a) {
    return a.overdue(LocalDate.now(clock));
  }

  public long getOpenCount() {
    return getRows().stream().filter(a -> a.status() != AcpmStatus.CERRADA).count();
  }

  public long getOverdueCount() {
    LocalDate today = LocalDate.now(clock);
    return getRows().stream().filter(a -> a.overdue(today)).count();
  }

  public boolean isManager() {
    return acpm.managesAll();
  }

  public List<Area> getAreas() {
    return acpm.areas();
  }

  public List<Cause> getCauses() {
    return acpm.causes();
  }

  public List<StaffUser> getOwners() {
    return acpm.possibleOwners();
  }

  public AcpmStatus[] getStatuses() {
    return AcpmStatus.values();
  }

  public AcpmType[] getTypes() {
    return AcpmType.values();
  }

  public AcpmOrigin[] getOrigins() {
    return AcpmOrigin.values();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  // ---------------------------------------------------------------------------------------------

  public List<Acpm> getRows() {
    if (rows == null) {
      search();
    }
    return rows;
  }

  public AcpmStatus getStatus() {
    return status;
  }

  public void setStatus(AcpmStatus status) {
    this.status = status;
  }

  public AcpmType getType() {
    return type;
  }

  public void setType(AcpmType type) {
    this.type = type;
  }

  public AcpmOrigin getOrigin() {
    return origin;
  }

  public void setOrigin(AcpmOrigin origin) {
    this.origin = origin;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  public AcpmOrigin getNewOrigin() {
    return newOrigin;
  }

  public void setNewOrigin(AcpmOrigin newOrigin) {
    this.newOrigin = newOrigin;
  }

  public AcpmType getNewType() {
    return newType;
  }

  public void setNewType(AcpmType newType) {
    this.newType = newType;
  }

  public String getNewDescription() {
    return newDescription;
  }

  public void setNewDescription(String newDescription) {
    this.newDescription = newDescription;
  }

  public Long getNewAreaId() {
    return newAreaId;
  }

  public void setNewAreaId(Long newAreaId) {
    this.newAreaId = newAreaId;
  }

  public String getNewAgency() {
    return newAgency;
  }

  public void setNewAgency(String newAgency) {
    this.newAgency = newAgency;
  }

  public Long getNewCauseId() {
    return newCauseId;
  }

  public void setNewCauseId(Long newCauseId) {
    this.newCauseId = newCauseId;
  }

  public String getNewRadicados() {
    return newRadicados;
  }

  public void setNewRadicados(String newRadicados) {
    this.newRadicados = newRadicados;
  }

  public Long getNewInvestigation() {
    return newInvestigation;
  }

  public void setNewInvestigation(Long newInvestigation) {
    this.newInvestigation = newInvestigation;
  }

  public String getNewReference() {
    return newReference;
  }

  public void setNewReference(String newReference) {
    this.newReference = newReference;
  }
}
