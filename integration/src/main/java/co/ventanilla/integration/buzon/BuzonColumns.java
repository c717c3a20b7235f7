package co.ventanilla.integration.buzon;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of the published template, a public contract: the fields of the paper form GO-RG-04
 * (DOMAIN.md, suggestion box: number, date, type, name, id document, address, phone, email,
 * site/agency, summary/description, consent mark). They are also the field names of the intake
 * problems ({@link co.ventanilla.intake.SubmissionProblem#field()}), so a reason names the column.
 *
 * <p>A header cell matches a column whatever its case, accents and surrounding spaces, and with
 * spaces or hyphens for the underscores: "Número Formulario" is {@code numero_formulario}.
 */
public final class BuzonColumns {

  public static final String NUMERO_FORMULARIO = "numero_formulario";
  public static final String FECHA = "fecha";
  public static final String TIPO = "tipo";
  public static final String NOMBRES = "nombres";
  public static final String TIPO_DOCUMENTO = "tipo_documento";
  public static final String NUMERO_DOCUMENTO = "numero_documento";
  public static final String DIRECCION = "direccion";
  public static final String TELEFONO = "telefono";
  public static final String CORREO = "correo";
  public static final String SEDE = "sede";
  public static final String ASUNTO = "asunto";
  public static final String DESCRIPCION = "descripcion";
  public static final String AUTORIZA_DATOS = "autoriza_datos";

  /** Every column, in the template's order. */
  public static final List<String> ALL =
      List.of(
          NUMERO_FORMULARIO,
          FECHA,
          TIPO,
          NOMBRES,
          TIPO_DOCUMENTO,
          NUMERO_DOCUMENTO,
          DIRECCION,
          TELEFONO,
          CORREO,
          SEDE,
          ASUNTO,
          DESCRIPCION,
          AUTORIZA_DATOS);

  /**
   * Columns a file must have. The others (document, address, phone, email, sede) may be left out of
   * a file whose forms never carry them; a row that needs them is then rejected on its own.
   */
  public static final Set<String> REQUIRED =
      Set.of(NUMERO_FORMULARIO, FECHA, TIPO, NOMBRES, ASUNTO, DESCRIPCION, AUTORIZA_DATOS);

  private BuzonColumns() {}

  /** The column name a header cell stands for: " Número Formulario " → numero_formulario. */
  public static String normalize(String headerCell) {
    if (headerCell == null) {
      return "";
    }
    return Normalizer.normalize(headerCell.replace("\uFEFF", "").strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\-_]+", "_");
  }
}
