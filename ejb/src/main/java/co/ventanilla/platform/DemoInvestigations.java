package co.ventanilla.platform;

import co.ventanilla.attachments.ContentStore;
import co.ventanilla.attachments.StoredContent;
import co.ventanilla.cases.CaseMember;
import co.ventanilla.cases.CaseRepository;
import co.ventanilla.cases.CaseState;
import co.ventanilla.cases.PqrsCase;
import co.ventanilla.investigations.ActaContent;
import co.ventanilla.investigations.ActaDeAtencion;
import co.ventanilla.investigations.Authority;
import co.ventanilla.investigations.AuthorityContact;
import co.ventanilla.investigations.Cause;
import co.ventanilla.investigations.ClaimDecision;
import co.ventanilla.investigations.CommitteeRole;
import co.ventanilla.investigations.CommitteeSession;
import co.ventanilla.investigations.EvidenceFile;
import co.ventanilla.investigations.EvidenceKind;
import co.ventanilla.investigations.Investigation;
import co.ventanilla.investigations.Modality;
import co.ventanilla.investigations.PartyKind;
import co.ventanilla.investigations.SiniestroFacts;
import jakarta.persistence.EntityManager;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The demo's three siniestros, each in another state, so the committee ({@code comite}) has work
 * when it logs in: a theft in a residential complex in Medellín with its acta de atención and an
 * approved session (in course), an intrusion attempt at a warehouse in Cali with CCTV evidence
 * (just opened), and an aggression against a guard in Bogotá with a protected witness (concluded,
 * voted and closed, its report attached to the case). Built with the aggregate, as the team would
 * have worked them, with times after each case's receipt and never after now.
 */
final class DemoInvestigations {

  private final EntityManager em;
  private final CaseRepository cases;
  private final ContentStore contents;

  DemoInvestigations(EntityManager em, CaseRepository cases, ContentStore contents) {
    this.em = em;
    this.cases = cases;
    this.contents = contents;
  }

  /**
   * Opens the investigations of the demo cases whose subjects are those of the three siniestros.
   *
   * @param bySubject radicado of each demo case by its subject
   * @return how many were opened
   */
  int open(Map<String, String> bySubject, LocalDateTime now) {
    int opened = 0;
    for (Map.Entry<String, String> e : bySubject.entrySet()) {
      PqrsCase c = cases.findByRadicado(e.getValue()).orElse(null);
      if (c == null || c.state() != CaseState.EN_TRAMITE) {
        continue;
      }
      String subject = e.getKey();
      if (subject.contains("apartamento 504")) {
        medellinTheft(c, now);
      } else if (subject.contains("bodega de Acopi")) {
        caliIntrusion(c, now);
      } else if (subject.contains("Torres del Parque")) {
        bogotaAggression(c, now);
      } else {
        continue;
      }
      opened++;
    }
    return opened;
  }

  private void medellinTheft(PqrsCase c, LocalDateTime now) {
    LocalDateTime t = start(c, now);
    Investigation i =
        openOn(
            c,
            Modality.HURTO,
            "Hurto de bienes en un apartamento del conjunto.",
            "directora.sig",
            t);
    committee(c, i, t, "comite", "carlos.mejia");
    i.recordFacts(
        new SiniestroFacts(
            c.receivedAt().minusHours(20),
            "Medellín",
            "Conjunto Residencial Altos de la Castellana",
            "Portería principal, torre 2",
            "La residente del 504 encontró la puerta forzada al volver de viaje. La minuta no registra"
                + " ingresos a la torre 2 entre las 22:00 y las 06:00.",
            "Guarda diurno J. Restrepo; guarda nocturno W. Álvarez",
            "Minuta No. 3381, folios 12-14"),
        null,
        "comite",
        t.plusHours(1));
    i.addLoss(false, "Televisor 55 pulgadas", new BigDecimal("2800000"), "comite", t.plusHours(1));
    i.addLoss(false, "Computador portátil", new BigDecimal("3500000"), "comite", t.plusHours(1));
    i.addLoss(
        false,
        "Joyas (según inventario de la residente)",
        new BigDecimal("4200000"),
        "comite",
        t.plusHours(1));
    i.addLoss(
        true,
        "Portátil recuperado por la Policía",
        new BigDecimal("3500000"),
        "comite",
        t.plusHours(3));
    i.recordInsurance(
        "Seguros del Valle S.A.", "RC-2026-55871", "SIN-114422", "comite", t.plusHours(2));
    i.recordActa(
        new ActaDeAtencion(
            c.receivedAt().plusHours(1),
            "Apartamento 504, torre 2, Conjunto Residencial Altos de la Castellana",
            "Marcela Giraldo Uribe",
            "CC 43876112",
            "Al regresar de viaje encontró la cerradura forzada y el apartamento revolcado.",
            "Televisor 55 pulgadas; computador portátil; joyas",
            "Policía, cuadrante 14 (denuncia en línea)"),
        "comite",
        t.plusHours(1));
    i.addParty(
        PartyKind.VICTIMA,
        "Marcela Giraldo Uribe",
        "CC 43876112",
        "300 555 0101",
        null,
        false,
        "comite",
        t.plusHours(1));
    i.addEvidence(
        EvidenceKind.INSPECCION_OCULAR,
        "Inspección ocular de la puerta y de la torre 2",
        "Supervisor de zona",
        null,
        "comite",
        t.plusHours(2));
    i.addEvidence(
        EvidenceKind.DOCUMENTO,
        "Copia de la minuta del puesto, folios 12-14",
        "Guarda de turno",
        text(
            "minuta-3381.txt",
            "Minuta 3381\n22:00 recibo el puesto sin novedad\n02:00 ronda torre 2 sin novedad\n06:00 entrego el puesto\n",
            t),
        "comite",
        t.plusHours(2));
    i.addAuthorityContact(
        Authority.POLICIA,
        AuthorityContact.Direction.RECIBIDO,
        "Denuncia NUNC 050016000206202655871",
        c.receivedAt().toLocalDate(),
        "Denuncia en línea de la residente",
        null,
        "comite",
        t.plusHours(2));
    CommitteeSession s =
        i.newSession(
            new ActaContent(
                t.toLocalDate(),
                List.of("directora.sig", "comite", "carlos.mejia"),
                "Hechos, minuta y reclamación ante la aseguradora",
                "Se revisó la minuta y el acta de atención; la cerradura no tiene marcas de llave.",
                "Pedir a la residente las facturas; citar al guarda nocturno.",
                List.of(
                    new ActaContent.Task(
                        "Citar al guarda nocturno a descargos",
                        "carlos.mejia",
                        t.toLocalDate().plusDays(3)),
                    new ActaContent.Task(
                        "Pedir las facturas de los bienes",
                        "comite",
                        t.toLocalDate().plusDays(30)))),
            "directora.sig",
            t.plusHours(4));
    em.persist(i);
    em.flush();
    i.approveSession(s.id(), "directora.sig", t.plusHours(5));
  }

  private void caliIntrusion(PqrsCase c, LocalDateTime now) {
    LocalDateTime t = start(c, now);
    Investigation i =
        openOn(
            c,
            Modality.INTENTO_INTRUSION,
            "Intento de intrusión en la bodega del cliente.",
            "carlos.mejia",
            t);
    committee(c, i, t, "comite", "directora.sig");
    i.makeChair("comite", "carlos.mejia", t);
    i.recordFacts(
        new SiniestroFacts(
            c.receivedAt().minusHours(30),
            "Cali",
            "Logística del Pacífico S.A.S.",
            "Bodega Acopi, garita norte",
            "Dos personas cortaron la malla del costado norte y forzaron el portón de carga; la"
                + " alarma sonó a las 03:12 y huyeron antes de la llegada del guarda.",
            "Guarda nocturno H. Mina",
            "Minuta No. 1207, folio 33"),
        null,
        "comite",
        t.plusHours(1));
    i.addEvidence(
        EvidenceKind.VIDEO_CCTV,
        "Fotograma de la cámara 4 (CCTV), 03:11:48",
        "Central de monitoreo del cliente",
        image("camara4-031148.png", t),
        "comite",
        t.plusHours(2));
    i.addEvidence(
        EvidenceKind.FOTO,
        "Malla cortada en el costado norte",
        "Supervisor de zona",
        image("malla-norte.png", t),
        "comite",
        t.plusHours(2));
    em.persist(i);
  }

  private void bogotaAggression(PqrsCase c, LocalDateTime now) {
    LocalDateTime t = start(c, now);
    Investigation i =
        openOn(
            c, Modality.AGRESION, "Agresión física a un guarda en servicio.", "directora.sig", t);
    committee(c, i, t, "comite", "lina.ortiz");
    i.recordFacts(
        new SiniestroFacts(
            c.receivedAt().minusHours(2),
            "Bogotá D.C.",
            "Edificio Torres del Parque P.H.",
            "Portería",
            "Un visitante golpeó al guarda cuando este le pidió registrarse en la minuta.",
            "Guarda O. Cárdenas",
            "Minuta No. 877, folio 5"),
        null,
        "comite",
        t.plusHours(1));
    i.addParty(
        PartyKind.VICTIMA,
        "Oscar Cárdenas Peña",
        "CC 80123456",
        null,
        null,
        false,
        "comite",
        t.plusHours(1));
    i.addParty(
        PartyKind.TESTIGO,
        "Hernando Ruiz Salcedo",
        "CC 19345678",
        "315 000 1234",
        "Residente del 1203; teme represalias.",
        true,
        "directora.sig",
        t.plusHours(1));
    i.addEvidence(
        EvidenceKind.DECLARACION_ESCRITA,
        "Declaración escrita del guarda agredido",
        "Oscar Cárdenas Peña",
        text(
            "declaracion-guarda.txt",
            "Declaro que el visitante me golpeó en la cara cuando le pedí registrarse.\n",
            t),
        "comite",
        t.plusHours(2));
    i.addAuthorityContact(
        Authority.POLICIA,
        AuthorityContact.Direction.ENVIADO,
        "Informe a la estación de Santa Fe",
        t.toLocalDate(),
        null,
        null,
        "comite",
        t.plusHours(3));
    i.addAuthorityContact(
        Authority.SUPERVIGILANCIA,
        AuthorityContact.Direction.ENVIADO,
        "Reporte de novedad",
        t.toLocalDate(),
        null,
        null,
        "directora.sig",
        t.plusHours(3));
    i.conclude(
        cause("FACTOR_EXTERNO", "Hecho de terceros no evitable con el servicio contratado"),
        "El guarda actuó según la consigna; la agresión fue de un tercero.",
        "Ninguna para el guarda.",
        "Acompañamiento psicológico al guarda; botón de pánico en la portería.",
        ClaimDecision.NO_APLICA,
        null,
        List.of(
            "Instalar botón de pánico en porterías de edificios residenciales",
            "Capacitar en manejo de visitantes agresivos"),
        "directora.sig",
        t.plusDays(2));
    i.vote("directora.sig", true, null, t.plusDays(2));
    i.vote("comite", true, null, t.plusDays(2));
    i.vote("lina.ortiz", true, null, t.plusDays(2));
    LocalDateTime closed = t.plusDays(2).plusHours(1);
    i.close("directora.sig", closed);
    em.persist(i);
    em.flush();
    // What closing through the service does: the report, pseudonymised, on the case.
    co.ventanilla.investigations.InvestigationFile anonymous =
        co.ventanilla.investigations.InvestigationFile.of(
            i, null, false, false, closed.toLocalDate());
    String base = "informe-final-" + c.radicado();
    contents.attach(
        c,
        base + ".pdf",
        "application/pdf",
        co.ventanilla.investigations.InvestigationReports.finalReport(anonymous, true),
        closed,
        "directora.sig");
    contents.attach(
        c,
        base + "-peticionario.pdf",
        "application/pdf",
        co.ventanilla.investigations.InvestigationReports.finalReport(anonymous, false),
        closed,
        "directora.sig");
  }

  /** When the committee starts: a day after the case entered its trámite, never after now. */
  private static LocalDateTime start(PqrsCase c, LocalDateTime now) {
    LocalDateTime t = c.receivedAt().plusDays(1).plusHours(4);
    return t.isAfter(now) ? now.minusMinutes(30) : t;
  }

  private Investigation openOn(
      PqrsCase c, Modality m, String reason, String opener, LocalDateTime t) {
    Investigation i =
        Investigation.open(
            c.id(),
            c.radicado(),
            true,
            m,
            reason,
            opener,
            opener.equals("directora.sig") ? CommitteeRole.SIG : CommitteeRole.OPERACIONES,
            t);
    c.openInvestigation(opener, t, reason);
    c.name(opener, CaseMember.Reason.NAMED, opener, t);
    cases.store(c);
    return i;
  }

  private void committee(PqrsCase c, Investigation i, LocalDateTime t, String... members) {
    for (String m : members) {
      if (!i.isMember(m)) {
        i.addMember(m, role(m), false, i.openedBy(), t);
        c.name(m, CaseMember.Reason.NAMED, i.openedBy(), t);
      }
    }
    cases.store(c);
  }

  private static CommitteeRole role(String user) {
    return switch (user) {
      case "directora.sig" -> CommitteeRole.SIG;
      case "lina.ortiz" -> CommitteeRole.GESTION_HUMANA;
      case "gerente" -> CommitteeRole.GERENCIA;
      default -> CommitteeRole.OPERACIONES;
    };
  }

  private Cause cause(String code, String name) {
    return em.createQuery("SELECT c FROM Cause c WHERE c.code = :code", Cause.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Cause created = new Cause(code, name);
              em.persist(created);
              return created;
            });
  }

  private EvidenceFile text(String name, String content, LocalDateTime at) {
    return file(name, "text/plain", content.getBytes(StandardCharsets.UTF_8), at);
  }

  /** A small picture standing for a photo or a CCTV frame. */
  private EvidenceFile image(String name, LocalDateTime at) {
    BufferedImage img = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(40, 48, 56));
    g.fillRect(0, 0, 160, 90);
    g.setColor(new Color(200, 200, 120));
    g.drawString(name, 8, 48);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file(name, "image/png", out.toByteArray(), at);
  }

  private EvidenceFile file(String name, String type, byte[] bytes, LocalDateTime at) {
    StoredContent content = contents.store(type, bytes, at);
    return new EvidenceFile(name, type, bytes.length, content.id(), content.sha256());
  }
}
