/** How a parameter's unit reads on a sheet, and the format of its figure. */
import type { ParamUnit } from '../rules/data/schema';
import { UNIT_WORDS } from '../rules/data/unitWords';
import type { Format } from './model';

const unit = (u: ParamUnit, format: Format): { word: string; format: Format } => ({ word: UNIT_WORDS[u].zh, format });

export const UNIT: Partial<Record<ParamUnit, { word: string; format: Format }>> = {
  'yuan/person/month': unit('yuan/person/month', 'yuan'),
  'yuan/bed': unit('yuan/bed', 'yuan'),
  'yuan/slot': unit('yuan/slot', 'yuan'),
  'yuan/child/month': unit('yuan/child/month', 'yuan'),
  'yuan/institution': unit('yuan/institution', 'yuan'),
  // A share's cell shows a percentage; the column's header calls it a 比例.
  share: { word: '比例', format: 'share' },
  coefficient: unit('coefficient', 'decimal'),
};
