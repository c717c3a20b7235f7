package co.ventanilla.satisfaction;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the satisfaction mails, in Spanish (the product's language for mails). */
final class SatisfactionTexts {

  static final Locale SPANISH = Locale.forLanguageTag("es-CO");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private SatisfactionTexts() {}

  static String spanish(String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle("co.ventanilla.satisfaction.SatisfactionMessages", SPANISH);
    Object[] shown =
        Arrays.stream(args)
            .map(
                a ->
                    a == null
                        ? bundle.getString("none")
                        : a instanceof LocalDate d
                            ? d.format(DAY)
                            : a instanceof Number n && !(a instanceof Double)
                                ? String.valueOf(n)
                                : a)
            .toArray();
    return new MessageFormat(bundle.getString(key), SPANISH).format(shown);
  }
}
