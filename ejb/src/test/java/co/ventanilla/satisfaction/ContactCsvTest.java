package co.ventanilla.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactCsvTest {

  @Test
  void columnsAreFoundByNameInAnyOrderWithQuotesAndABom() {
    List<ContactCsv.Row> rows =
        ContactCsv.read(
            "\uFEFFCorreo,Empresa,Contacto,Teléfono,Sede,Contrato\r\n"
                + "ana@x.example,\"Conjunto \"\"La Loma\"\", etapa 2\",Ana Díaz,300,Cali,C-1\r\n"
                + "\r\n"
                + ",Bodegas,Luis,,Bogotá,\r\n");
    assertEquals(2, rows.size());
    assertEquals(2, rows.get(0).line());
    assertEquals(
        new ContactData(
            "Conjunto \"La Loma\", etapa 2", "Ana Díaz", "ana@x.example", "300", "Cali", "C-1"),
        rows.get(0).data());
    assertEquals(4, rows.get(1).line());
    assertTrue(
        rows.get(1).data().normalized().problems().contains("Falta el correo o el teléfono."));
  }

  @Test
  void aHeaderWithoutCompanyAndContactIsRefusedInSpanish() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ContactCsv.read("a;b;c\n1;2;3"));
    assertTrue(e.getMessage().contains("empresa y contacto"), e.getMessage());
  }

  @Test
  void aBadEmailIsNamed() {
    assertEquals(
        List.of("El correo ana@ no es válido."),
        new ContactData("E", "Ana", "ana@", null, null, null).normalized().problems());
  }
}
