/** How a parameter's unit reads on a sheet, and the format of its figure. */
import type { ParamUnit } from '../rules/data/schema';
import type { Format } from './model';

export const UNIT: Partial<Record<ParamUnit, { word: string; format: Format }>> = {
  'yuan/person/month': { word: '元/人/月', format: 'yuan' },
  'yuan/bed': { word: '元/张', format: 'yuan' },
  'yuan/slot': { word: '元/个', format: 'yuan' },
  'yuan/child/month': { word: '元/人/月', format: 'yuan' },
  'yuan/institution': { word: '元/家', format: 'yuan' },
  share: { word: '比例', format: 'share' },
  coefficient: { word: '倍', format: 'decimal' },
};
