/** How a county's status looks wherever the round lists it (the 报送情况 sheet, the page): the checker's error and warning fills (RRGGBB). */
import { SEVERITY_FILL } from '../check/markFill';
import type { CountyStatus } from './messages';

export const STATUS_FILL: Record<CountyStatus, string | undefined> = {
  submitted: undefined,
  hasErrors: SEVERITY_FILL.error,
  conflict: SEVERITY_FILL.error,
  missing: SEVERITY_FILL.warning,
};
