package co.ventanilla.cases.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every action on a case as one definition: its name in the staff API ({@code POST
 * /api/casos/{radicado}/acciones/{accion}}), the {@link CaseAction} whose role, state and term
 * rules decide whether the caller may take it ({@link CasePermissions}), the inputs it takes and
 * which of them are required, and how it runs on the {@link CaseDesk}. The workspace screen and the
 * API read the same definition, so both refuse and accept exactly the same things.
 *
 * <p>Opening an investigation is not here: it creates the investigation itself, a room beside the
 * case ({@code POST /api/casos/{radicado}/investigacion}).
 */
public enum CaseCommand {
  /** An internal note. */
  NOTA("nota", CaseAction.NOTE, Set.of(Input.TEXTO), Set.of(Input.TEXTO)) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.addNote(r, v.text());
    }
  },
  /** Severity level (GO-PD-03, tabla MANEJO DE PQRS) and immediate attention. */
  CLASIFICAR(
      "clasificar",
      CaseAction.CLASSIFY,
      Set.of(Input.NIVEL, Input.ATENCION_INMEDIATA),
      Set.of(Input.NIVEL)) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.classify(r, v.level(), Boolean.TRUE.equals(v.immediate()));
    }
  },
  /**
   * The case's agency (sede), chosen among the configured ones: for a case whose agency as received
   * matched none ("sede por confirmar"), or to correct it. Who may classify may choose it.
   */
  SEDE("sede", CaseAction.CLASSIFY, Set.of(Input.SEDE), Set.of(Input.SEDE)) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.confirmAgency(r, v.agency());
    }
  },
  /** Process and responsable (only someone who works in that process). */
  ASIGNAR(
      "asignar",
      CaseAction.ASSIGN,
      Set.of(Input.PROCESO, Input.RESPONSABLE, Input.TEXTO),
      Set.of(Input.PROCESO, Input.RESPONSABLE)) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.assign(r, v.area(), v.person(), v.text());
    }
  },
  /** Asignado → en trámite. */
  INICIAR("iniciar", CaseAction.START, Set.of(Input.TEXTO), Set.of()) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.startProcessing(r, v.text());
    }
  },
  /** To a higher escalation level, with the reason (Coproservicios §7.2). */
  ESCALAR("escalar", CaseAction.ESCALATE, Set.of(Input.NIVEL, Input.TEXTO), Set.of(Input.TEXTO)) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.escalate(r, v.level() == null ? 0 : v.level(), v.text());
    }
  },
  /** Ley 1755 de 2015, art. 17: asks the petitioner to complete the petition. */
  SOLICITAR_INFORMACION(
      "solicitar-informacion",
      CaseAction.REQUEST_INFORMATION,
      Set.of(Input.TEXTO),
      Set.of(Input.TEXTO)) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.requestInformation(r, v.text());
    }
  },
  /** Art. 17: the petitioner completed; the term runs again. */
  INFORMACION_RECIBIDA(
      "informacion-recibida", CaseAction.INFORMATION_RECEIVED, Set.of(Input.TEXTO), Set.of()) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.informationReceived(r, v.text());
    }
  },
  /** Art. 17: the prórroga the petitioner asked for to complete. */
  PRORROGAR_INFORMACION(
      "prorrogar-informacion", CaseAction.EXTEND_INFORMATION, Set.of(), Set.of()) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.extendInformationPeriod(r);
    }
  },
  /** Art. 14 parágrafo: the ampliación, with its reasons, before the term runs out. */
  AMPLIAR_TERMINO(
      "ampliar-termino",
      CaseAction.EXTEND_TERM,
      Set.of(Input.FECHA, Input.TEXTO),
      Set.of(Input.FECHA, Input.TEXTO)) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.extendTerm(r, v.date(), v.text());
    }
  },
  /** Art. 21: traslado to the competent authority. */
  TRASLADAR(
      "trasladar",
      CaseAction.TRANSFER,
      Set.of(Input.AUTORIDAD, Input.TEXTO),
      Set.of(Input.AUTORIDAD)) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.transfer(r, v.authority(), v.text());
    }
  },
  /** Closed as improcedente, with the reason (art. 19; Cootrayal §5.3). */
  IMPROCEDENTE("improcedente", CaseAction.IMPROCEDENTE, Set.of(Input.TEXTO), Set.of(Input.TEXTO)) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.markImprocedente(r, v.text());
    }
  },
  /** Art. 17: desistimiento tácito once the period to complete ran out. */
  DESISTIR("desistir", CaseAction.DESIST, Set.of(), Set.of()) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.desist(r);
    }
  },
  /** Links two cases, both ways, never merged. */
  VINCULAR(
      "vincular", CaseAction.LINK, Set.of(Input.RADICADO, Input.TEXTO), Set.of(Input.RADICADO)) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.link(r, v.other(), v.text());
    }
  },
  /** Drafts (or edits) the answer. */
  PROYECTAR_RESPUESTA(
      "proyectar-respuesta", CaseAction.DRAFT, Set.of(Input.TEXTO), Set.of(Input.TEXTO)) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.draftAnswer(r, v.text());
    }
  },
  /** The reviewer approves the draft. */
  APROBAR_RESPUESTA("aprobar-respuesta", CaseAction.REVIEW, Set.of(Input.TEXTO), Set.of()) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.approveAnswer(r, v.text());
    }
  },
  /** The reviewer returns the draft with what to change. */
  DEVOLVER_RESPUESTA(
      "devolver-respuesta", CaseAction.REVIEW, Set.of(Input.TEXTO), Set.of(Input.TEXTO)) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.returnAnswer(r, v.text());
    }
  },
  /** Mails the approved answer to the petitioner. */
  ENVIAR_RESPUESTA("enviar-respuesta", CaseAction.SEND, Set.of(), Set.of()) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.sendAnswer(r);
    }
  },
  /** Whether the petitioner accepts the answer and their rating 1–5 (Cootrayal §5.3). */
  RESPUESTA_PETICIONARIO(
      "respuesta-peticionario",
      CaseAction.PETITIONER_RESPONSE,
      Set.of(Input.ACEPTA, Input.CALIFICACION),
      Set.of()) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.recordPetitionerResponse(r, v.accepted(), v.score());
    }
  },
  /** Closes the answered case. */
  CERRAR("cerrar", CaseAction.CLOSE, Set.of(Input.TEXTO), Set.of()) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.close(r, v.text());
    }
  },
  /** Marks the case protected (GO-PD-03, actividad 2), with the reason. */
  PROTEGER("proteger", CaseAction.PROTECT, Set.of(Input.TEXTO), Set.of()) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.markProtected(r, v.text());
    }
  },
  /** Names a member of staff on the case. */
  NOMBRAR("nombrar", CaseAction.MEMBERS, Set.of(Input.USUARIO), Set.of(Input.USUARIO)) {
    @Override
    void apply(CaseDesk desk, String r, Values v) {
      desk.nameMember(r, v.person());
    }
  };

  /** An input of an action, by its name in the API's JSON body. */
  public enum Input {
    TEXTO("texto"),
    NIVEL("nivel"),
    ATENCION_INMEDIATA("atencionInmediata"),
    PROCESO("proceso"),
    RESPONSABLE("responsable"),
    USUARIO("usuario"),
    FECHA("fecha"),
    AUTORIDAD("autoridad"),
    RADICADO("radicado"),
    ACEPTA("acepta"),
    CALIFICACION("calificacion"),
    SEDE("sede");

    private final String field;

    Input(String field) {
      this.field = field;
    }

    /** The field's name in the JSON body. */
    public String field() {
      return field;
    }
  }

  /**
   * What the caller gave, each optional until the command requires it.
   *
   * @param person the responsable (asignar) or the user (nombrar)
   * @param other the other case's radicado (vincular)
   * @param agency the configured agency (sede)
   */
  public record Values(
      String text,
      Integer level,
      Boolean immediate,
      String area,
      String person,
      LocalDate date,
      String authority,
      String other,
      Boolean accepted,
      Integer score,
      String agency) {

    /** Nothing given. */
    public static final Values NONE =
        new Values(null, null, null, null, null, null, null, null, null, null, null);

    boolean has(Input input) {
      return switch (input) {
        case TEXTO -> text != null && !text.isBlank();
        case NIVEL -> level != null;
        case ATENCION_INMEDIATA -> immediate != null;
        case PROCESO -> area != null && !area.isBlank();
        case RESPONSABLE, USUARIO -> person != null && !person.isBlank();
        case FECHA -> date != null;
        case AUTORIDAD -> authority != null && !authority.isBlank();
        case RADICADO -> other != null && !other.isBlank();
        case ACEPTA -> accepted != null;
        case CALIFICACION -> score != null;
        case SEDE -> agency != null && !agency.isBlank();
      };
    }
  }

  private final String apiName;
  private final CaseAction action;
  private final Set<Input> inputs;
  private final Set<Input> required;

  CaseCommand(String apiName, CaseAction action, Set<Input> inputs, Set<Input> required) {
    this.apiName = apiName;
    this.action = action;
    this.inputs = inputs.isEmpty() ? EnumSet.noneOf(Input.class) : EnumSet.copyOf(inputs);
    this.required = required.isEmpty() ? EnumSet.noneOf(Input.class) : EnumSet.copyOf(required);
  }

  abstract void apply(CaseDesk desk, String radicado, Values values);

  /**
   * Checks the required inputs, then runs the command as the desk's caller: the desk checks the
   * role and the case its state and term, as for the screen.
   *
   * @throws CaseCommandInvalid naming each required input missing (nothing is done)
   */
  public void run(CaseDesk desk, String radicado, Values values) {
    Values v = values == null ? Values.NONE : values;
    List<Input> missing = new ArrayList<>();
    for (Input i : required) {
      if (!v.has(i)) {
        missing.add(i);
      }
    }
    if (!missing.isEmpty()) {
      throw new CaseCommandInvalid(this, missing);
    }
    apply(desk, radicado, v);
  }

  /** The name in {@code /api/casos/{radicado}/acciones/{accion}}. */
  public String apiName() {
    return apiName;
  }

  /** The action whose role, state and term rules apply. */
  public CaseAction action() {
    return action;
  }

  public Set<Input> inputs() {
    return EnumSet.copyOf(inputs.isEmpty() ? EnumSet.noneOf(Input.class) : inputs);
  }

  public boolean takes(Input input) {
    return inputs.contains(input);
  }

  public boolean requires(Input input) {
    return required.contains(input);
  }

  /** The command named {@code apiName} in the API (case and surrounding spaces ignored). */
  public static Optional<CaseCommand> named(String apiName) {
    String name = apiName == null ? "" : apiName.strip().toLowerCase(Locale.ROOT);
    for (CaseCommand c : values()) {
      if (c.apiName.equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The commands that the actions {@code allowed} open, in the order of this list. */
  public static List<CaseCommand> allowedBy(Set<CaseAction> allowed) {
    return java.util.Arrays.stream(values()).filter(c -> allowed.contains(c.action)).toList();
  }

  /**
   * The command a workspace dialog of {@code action} runs (for review, approving; returning is
   * {@link #DEVOLVER_RESPUESTA}); empty for actions without one (view, download, investigate).
   */
  public static Optional<CaseCommand> forDialog(CaseAction action) {
    for (CaseCommand c : values()) {
      if (c.action == action) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
