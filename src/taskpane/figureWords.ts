/**
 * A figure as the pane shows it: a share as a percentage, other numbers grouped by thousands in the
 * pane's language, each followed by its unit's words (UNIT_WORDS), never the seeds' unit key.
 */
import type { ExplainedFigure } from '../catalog/explain';
import { LANG_TAG, type Lang, type Messages } from '../i18n';
import type { ResultUnit } from '../rules/core/result';
import type { ParamUnit } from '../rules/data/schema';
import { percent } from '../rules/core/show';

type Unit = ResultUnit | ParamUnit;

/** A table's key before its figure, and between two entries: full-width in Chinese text. */
const PUNCT: Readonly<Record<Lang, { colon: string; between: string }>> = { zh: { colon: '：', between: '；' }, en: { colon: ': ', between: '; ' } };

const number = (value: number, unit: Unit, lang: Lang): string =>
  unit === 'share' ? percent(value) : value.toLocaleString(LANG_TAG[lang], { maximumFractionDigits: 4 });

const withUnit = (shown: string, unit: Unit, t: Messages): string => {
  const word = t.unit(unit);
  return word ? `${shown} ${word}` : shown;
};

/** A number with its unit: 100,000 元; 35%; 1.2 倍. */
export function amount(value: number, unit: Unit, t: Messages, lang: Lang): string {
  return withUnit(number(value, unit, lang), unit, t);
}

/** A document's figure in force: a value, every key of a table, both ends of a span, or the document it defers to. */
export function figureWords(f: ExplainedFigure, t: Messages, lang: Lang): string {
  switch (f.kind) {
    case 'value':
      return amount(f.value, f.unit, t, lang);
    case 'table':
      return f.rows.map((r) => `${r.words?.[lang] ?? r.key}${PUNCT[lang].colon}${amount(r.value, f.unit, t, lang)}`).join(PUNCT[lang].between);
    case 'range':
      return withUnit(`${number(f.min, f.unit, lang)}–${number(f.max, f.unit, lang)}`, f.unit, t);
    case 'reference':
      return `→ ${f.refersTo[lang]}`;
  }
}
