/**
 * The fill of a cell a finding marks, by its severity, for every face that marks (the add-in's marks,
 * the annotated copy, the merged workbook's lists): Excel's own "Bad", "Neutral" and a pale blue,
 * the colours users already read as error and warning. As RRGGBB, like the template's look.
 */
import type { Severity } from './finding';

export const SEVERITY_FILL: Record<Severity, string> = { error: 'FFC7CE', warning: 'FFEB9C', info: 'DDEBF7' };
