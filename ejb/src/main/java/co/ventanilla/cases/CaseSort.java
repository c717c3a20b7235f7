package co.ventanilla.cases;

import java.io.Serializable;

/**
 * The order of a case list: by due date (the default, most urgent first), reception or radicado, up
 * or down; ties are broken by reception and id so that pages never overlap.
 */
public record CaseSort(Field field, boolean ascending) implements Serializable {

  /** What a list can be sorted by. */
  public enum Field {
    DUE_DATE,
    RECEIVED_AT,
    RADICADO
  }

  /** Most urgent first: due date, then reception. */
  public static final CaseSort MOST_URGENT = new CaseSort(Field.DUE_DATE, true);

  public CaseSort {
    field = field == null ? Field.DUE_DATE : field;
  }
}
