/**
 * What choosing a template can be refused for. Kept here, not in rules/core/messages, which the
 * custom functions' bundle loads whole: no function ever says these.
 */
import { show } from '../rules/core/show';
import type { Label } from '../rules/core/messages';
import type { Bilingual } from '../rules/data/schema';

export const TEMPLATE_MSG = {
  unknownTemplate: (got: unknown, ids: readonly string[]): Bilingual => ({
    zh: `没有模板 ${show(got)}；可用模板：${ids.join('、')}（careplan template --list）。`,
    en: `No template ${show(got)}. Templates: ${ids.join(', ')} (careplan template --list).`,
  }),
  noCountyForm: (id: string, ids: readonly string[]): Bilingual => ({
    zh: `模板 ${id} 没有分县填报表；可按县生成的模板：${ids.join('、')}。`,
    en: `Template ${id} has no county form; county forms exist for: ${ids.join(', ')}.`,
  }),
  budgetNotForCity: (title: Label, city: Label, serves: readonly Label[]): Bilingual => ({
    zh: `${city.zh}的文件未规定“${title.zh}”任何一行的数额，不生成此表；此表适用于：${serves.map((c) => c.zh).join('、')}。`,
    en: `${city.en}'s documents set no figure for any line of the ${title.en}, so it is not made for ${city.en}; it serves ${serves.map((c) => c.en).join(', ')}.`,
  }),
};
