/**
 * The fill of a cell a finding marks, by its severity, for every face that marks (the add-in's marks,
 * the annotated copy, the merged workbook's lists): Excel's own "Bad" and "Neutral", the colours
 * users already read as error and warning, and for information a pale lavender. Not the template's
 * pale blue (FILL.computed): information falls on computed cells too (a county's ratio against the
 * city's target), where that blue left the mark without a colour of its own, and the printed
 * legend would have shown one swatch with two meanings. As RRGGBB, like the template's look.
 */
import type { Severity } from './finding';

export const SEVERITY_FILL: Record<Severity, string> = { error: 'FFC7CE', warning: 'FFEB9C', info: 'E4DFEC' };
