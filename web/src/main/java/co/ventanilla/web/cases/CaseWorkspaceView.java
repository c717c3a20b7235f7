package co.ventanilla.web.cases;

import co.ventanilla.cases.CaseRuleViolation;
import co.ventanilla.cases.access.CaseAction;
import co.ventanilla.cases.access.CaseCommand;
import co.ventanilla.cases.access.CaseCommandInvalid;
import co.ventanilla.cases.access.CaseDesk;
import co.ventanilla.cases.access.CaseFile;
import co.ventanilla.organization.Area;
import co.ventanilla.organization.AreaService;
import co.ventanilla.staff.StaffUser;
import co.ventanilla.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The case workspace ({@code casos/caso.xhtml?radicado=...}): the case as the user may see it
 * ({@link CaseFile}) and the actions their role allows in its state. Each action opens one dialog
 * that asks what the action needs, says what will happen, and runs it through {@link CaseDesk},
 * which checks access again and writes the history; a refusal by the rules is shown in Spanish in
 * the dialog, a refusal of access answers 403.
 */
@Named
@ViewScoped
public class CaseWorkspaceView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Roles that can be given a case as its responsible. */
  @Inject CaseDesk desk;

  @Inject AreaService areaService;
  @Inject co.ventanilla.investigations.InvestigationService investigations;
  @Inject java.time.Clock clock;
  @Inject co.ventanilla.improvement.CaseCauses causes;

  private String radicado;
  private CaseFile file;

  /** The action whose dialog is open, and what it asks for. */
  private CaseAction action;

  private String text;
  private Integer level;
  private boolean immediate;
  private String areaName;
  private String person;
  private LocalDate date;
  private String other;
  private Boolean accepted;
  private Integer score;
  private transient List<jakarta.servlet.http.Part> newFiles = new ArrayList<>();
  @Inject co.ventanilla.web.intake.PublicFormSettings uploads;

  /** The cause chosen when sending the answer or closing (issue #14). */
  private Long causeId;

  private String causeName;

  /** Loads the case of the address; an unknown radicado answers 404, a refused one 403. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      file = desk.open(radicado);
      readCause();
    } catch (CaseRuleViolation e) {
      faces
          .getExternalContext()
          .responseSendError(HttpServletResponse.SC_NOT_FOUND, e.message(Texts.of(faces).locale()));
      faces.responseComplete();
    }
  }

  /** Opens the dialog of {@code name} (a {@link CaseAction}), with its fields prefilled. */
  public void prepare(String name) {
    action = CaseAction.valueOf(name);
    text = null;
    other = null;
    person = null;
    date = null;
    accepted = null;
    score = null;
    causeId =
        causes.causeOf(file.radicado()).map(co.ventanilla.investigations.Cause::id).orElse(null);
    level = file.severityLevel();
    immediate = file.immediateAttention();
    areaName = file.areaName();
    if (action == CaseAction.DRAFT && file.currentAnswer() != null) {
      text = file.currentAnswer().text();
    } else if (action == CaseAction.ASSIGN) {
      person = file.responsible();
    } else if (action == CaseAction.ESCALATE) {
      level = Math.min(4, file.escalationLevel() + 1);
    } else if (action == CaseAction.EXTEND_TERM) {
      date = file.maxExtendedDue();
    }
  }

  /** Runs the action of the open dialog. */
  public void execute() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Texts texts = Texts.of(faces);
    String r = file.radicado();
    try {
      if (asks("cause") && causeId != null) {
        causes.record(r, causeId);
      }
      if (action == CaseAction.INVESTIGATE) {
        openInvestigation(r);
      } else {
        command().run(desk, r, values());
      }
    } catch (CaseCommandInvalid e) {
      faces.addMessage(
          "actionForm",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("workspace.textRequired"), null));
      faces.validationFailed();
      return;
    } catch (CaseRuleViolation e) {
      refused(faces, texts, e);
      return;
    } catch (co.ventanilla.investigations.InvestigationRuleViolation e) {
      faces.addMessage(
          "actionForm",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(texts.locale()), null));
      faces.validationFailed();
      return;
    } catch (co.ventanilla.improvement.AcpmRuleViolation e) {
      faces.addMessage(
          "actionForm",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(texts.locale()), null));
      faces.validationFailed();
      return;
    }
    done(faces, texts, "workspace.done." + action.name());
  }

  /** The definition the open dialog runs, the same the staff API runs ({@link CaseCommand}). */
  private CaseCommand command() {
    return CaseCommand.forDialog(action)
        .orElseThrow(() -> new IllegalStateException("No dialog runs " + action));
  }

  /** What the dialog's fields hold, as the command's inputs. */
  private CaseCommand.Values values() {
    return new CaseCommand.Values(
        text,
        level,
        immediate,
        areaName,
        person,
        date,
        action == CaseAction.TRANSFER ? other : null,
        action == CaseAction.LINK ? other : null,
        accepted,
        score,
        null);
  }

  /**
   * "Abrir investigación" opens the investigation itself (its committee, facts, evidence...), not
   * only the case's state: {@link co.ventanilla.investigations.InvestigationService#open}.
   */
  private void openInvestigation(String r) {
    investigations.open(
        r,
        co.ventanilla.investigations.Codes.parse(
            co.ventanilla.investigations.Modality.class, other, "modalidad", "modality.unknown"),
        text);
  }

  /** The modalities a siniestro may have, for the dialog that opens an investigation. */
  public co.ventanilla.investigations.Modality[] getModalities() {
    return co.ventanilla.investigations.Modality.values();
  }

  /** The reviewer returns the draft with the note of the dialog (the other way out of REVIEW). */
  public void returnAnswer() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Texts texts = Texts.of(faces);
    try {
      CaseCommand.DEVOLVER_RESPUESTA.run(desk, file.radicado(), values());
    } catch (CaseCommandInvalid e) {
      faces.addMessage(
          "actionForm",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("workspace.textRequired"), null));
      faces.validationFailed();
      return;
    } catch (CaseRuleViolation e) {
      refused(faces, texts, e);
      return;
    }
    done(faces, texts, "workspace.done.RETURN");
  }

  /** Whether the user may add files to this case now (who may note an open case). */
  public boolean isCanAddFiles() {
    return file != null && file.can(CaseAction.NOTE) && !file.summary().state().isFinal();
  }

  /** Adds the chosen files to the case; each refused file is named and nothing is stored. */
  public void addFiles() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Texts texts = Texts.of(faces);
    try {
      desk.addFiles(
          file.radicado(), co.ventanilla.web.intake.Uploads.read(newFiles), uploads.uploadPolicy());
    } catch (co.ventanilla.intake.InvalidSubmissionException e) {
      for (co.ventanilla.intake.SubmissionProblem p : e.problems()) {
        String text = p.message(texts.locale());
        faces.addMessage("files", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      }
      return;
    } catch (CaseRuleViolation e) {
      String text = e.message(texts.locale());
      faces.addMessage("files", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      return;
    }
    newFiles = new ArrayList<>();
    file = desk.open(file.radicado());
    String done = texts.get("workspace.filesAdded");
    faces.addMessage("files", new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
  }

  public List<jakarta.servlet.http.Part> getNewFiles() {
    return newFiles;
  }

  public void setNewFiles(List<jakarta.servlet.http.Part> parts) {
    this.newFiles = parts;
  }

  /** The configured agency reception chooses for a case whose sede is to be confirmed. */
  private String agencyChoice;

  public String getAgencyChoice() {
    return agencyChoice;
  }

  public void setAgencyChoice(String agencyChoice) {
    this.agencyChoice = agencyChoice;
  }

  /** The active configured agencies, to choose from (issue #18, item 5). */
  public List<co.ventanilla.organization.Agency> getAgencies() {
    if (agencies == null) {
      agencies = desk.agencies();
    }
    return agencies;
  }

  private transient List<co.ventanilla.organization.Agency> agencies;

  /**
   * Sets the case's agency to the one chosen: the same command as {@code POST .../acciones/sede}.
   */
  public void confirmAgency() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Texts texts = Texts.of(faces);
    try {
      desk.confirmAgency(file.radicado(), agencyChoice);
      agencyChoice = null;
      done(faces, texts, "workspace.done.AGENCY_CONFIRMED");
    } catch (CaseRuleViolation e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(texts.locale()), null));
    }
  }

  /** Takes {@code userName} off the case. */
  public void removeMember(String userName) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Texts texts = Texts.of(faces);
    try {
      desk.removeMember(file.radicado(), userName, null);
      done(faces, texts, "workspace.done.MEMBER_REMOVED");
    } catch (CaseRuleViolation e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(texts.locale()), null));
    }
  }

  /** A refusal by the case's rules: said in the dialog, which stays open. */
  private static void refused(FacesContext faces, Texts texts, CaseRuleViolation e) {
    faces.addMessage(
        "actionForm",
        new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(texts.locale()), null));
    faces.validationFailed();
  }

  /** Done: the case is read again, the dialog closes and the growl says what happened. */
  private void done(FacesContext faces, Texts texts, String key) {
    file = desk.open(file.radicado());
    readCause();
    faces.addMessage("done", new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(key), null));
    PrimeFaces.current().executeScript("PF('actionDialog').hide()");
  }

  /**
   * The people the dialog offers: to assign, the responsables and the leader of each process,
   * grouped by process (the service refuses anyone outside the process chosen); to name someone on
   * a protected case, everyone active.
   */
  public List<SelectItem> getPersonChoices() {
    if (action == CaseAction.MEMBERS) {
      return desk.assignableStaff().stream().map(CaseWorkspaceView::choice).toList();
    }
    List<SelectItem> groups = new ArrayList<>();
    for (Area area : getAreas()) {
      SelectItem[] people =
          desk.assignableStaff(area.name()).stream()
              .map(CaseWorkspaceView::choice)
              .toArray(SelectItem[]::new);
      if (people.length > 0) {
        SelectItemGroup group = new SelectItemGroup(area.name());
        group.setSelectItems(people);
        groups.add(group);
      }
    }
    return groups;
  }

  private static SelectItem choice(StaffUser u) {
    return new SelectItem(u.userName(), u.fullName() + " (" + u.userName() + ")");
  }

  public List<Area> getAreas() {
    return areaService.areas().stream().filter(Area::active).toList();
  }

  /** Whether the open dialog asks for {@code field}: text, level, immediate, area, person... */
  public boolean asks(String field) {
    if (action == null) {
      return false;
    }
    if (action == CaseAction.INVESTIGATE) {
      return "text".equals(field) || "modality".equals(field);
    }
    CaseCommand c = command();
    return switch (field) {
      case "text" -> c.takes(CaseCommand.Input.TEXTO);
      case "level" -> c.takes(CaseCommand.Input.NIVEL);
      case "immediate" -> c.takes(CaseCommand.Input.ATENCION_INMEDIATA);
      case "area" -> c.takes(CaseCommand.Input.PROCESO);
      case "person" -> c.takes(CaseCommand.Input.RESPONSABLE) || c.takes(CaseCommand.Input.USUARIO);
      case "date" -> c.takes(CaseCommand.Input.FECHA);
      case "authority" -> c.takes(CaseCommand.Input.AUTORIDAD);
      case "radicado" -> c.takes(CaseCommand.Input.RADICADO);
      case "response" -> c.takes(CaseCommand.Input.ACEPTA);
      // issue #14: the cause is chosen when the answer goes out or the case closes
      case "cause" -> action == CaseAction.SEND || action == CaseAction.CLOSE;
      default -> false;
    };
  }

  /** Whether the text of the open dialog must be given. */
  public boolean isTextRequired() {
    return action != null
        && (action == CaseAction.INVESTIGATE || command().requires(CaseCommand.Input.TEXTO));
  }

  /** Whether {@code name} is offered to the user now. */
  public boolean can(String name) {
    return file != null && file.can(CaseAction.valueOf(name));
  }

  /** Which text says the business days left: overdue, overdueOne, today, one or left. */
  public String getDaysKey() {
    Integer left = file == null ? null : file.businessDaysLeft();
    if (left == null || left > 1) {
      return "left";
    }
    return left == 1 ? "one" : left == 0 ? "today" : left == -1 ? "overdueOne" : "overdue";
  }

  /** The number of business days the text says (without sign). */
  public int getDaysCount() {
    Integer left = file == null ? null : file.businessDaysLeft();
    return left == null ? 0 : Math.abs(left);
  }

  /** A date as users read it, {@code dd/MM/yyyy}; empty for none. */
  public String format(LocalDate day) {
    return day == null
        ? ""
        : day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  /** Today in Colombian time, for the badges. */
  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  private void readCause() {
    causeName =
        causes.causeOf(file.radicado()).map(co.ventanilla.investigations.Cause::name).orElse(null);
  }

  /** The active causes of the shared list. */
  public List<co.ventanilla.investigations.Cause> getCauses() {
    return causes.causes();
  }

  /** The case's cause, or null. */
  public String getCauseName() {
    return causeName;
  }

  public Long getCauseId() {
    return causeId;
  }

  public void setCauseId(Long causeId) {
    this.causeId = causeId;
  }

  // ---------------------------------------------------------------------------------------------

  public CaseFile getFile() {
    return file;
  }

  public String getRadicado() {
    return radicado;
  }

  public void setRadicado(String radicado) {
    this.radicado = radicado;
  }

  public CaseAction getAction() {
    return action;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public boolean isImmediate() {
    return immediate;
  }

  public void setImmediate(boolean immediate) {
    this.immediate = immediate;
  }

  public String getAreaName() {
    return areaName;
  }

  public void setAreaName(String areaName) {
    this.areaName = areaName;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getOther() {
    return other;
  }

  public void setOther(String other) {
    this.other = other;
  }

  public Boolean getAccepted() {
    return accepted;
  }

  public void setAccepted(Boolean accepted) {
    this.accepted = accepted;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }
}
