/** Text listings for `careplan rules` and `careplan targets`. */
import { CITY, type City } from '../rules/core/enums';
import { allParameters, type ResolvedParameter } from '../rules/data/registry';
import type { Indicator, Target } from '../rules/data/schema';
import { allDiscrepancies } from '../rules/plans/discrepancies';
import { indicatorsOf, type PlanTarget } from '../rules/plans/indicators';

function figure(e: ResolvedParameter): string {
  const p = e.param;
  switch (p.kind) {
    case 'value':
      return `${p.value} ${p.unit}`;
    case 'table':
      return `${Object.entries(p.values).map(([k, v]) => `${k}=${v}`).join(' ')} ${p.unit}`;
    case 'range':
      return `${p.min}–${p.max} ${p.unit}`;
    case 'reference':
      return `→ ${p.refersTo.zh}`;
    case 'clause':
      return '（条款 / clause）';
  }
}

export function parameterRows(city?: City) {
  return allParameters()
    .filter((e) => !city || e.city === city)
    .map((e) => ({
      id: e.param.id,
      city: e.city,
      label: e.param.label,
      kind: e.param.kind,
      ...(e.param.kind === 'value' ? { value: e.param.value, unit: e.param.unit } : {}),
      ...(e.param.kind === 'table' ? { values: e.param.values, unit: e.param.unit } : {}),
      ...(e.param.kind === 'range' ? { min: e.param.min, max: e.param.max, unit: e.param.unit } : {}),
      ...(e.param.kind === 'reference' ? { refersTo: e.param.refersTo } : {}),
      document: e.doc.number,
      from: e.from,
      ...(e.to ? { to: e.to } : {}),
      citation: e.param.citation,
      ...(e.param.note ? { note: e.param.note } : {}),
      text: figure(e),
    }));
}

export function formatParameters(city?: City): string {
  return parameterRows(city)
    .map((r) => {
      const span = r.to ? `${r.from} 至 ${r.to}` : `${r.from} 起`;
      return `${r.id}  ${CITY.options[r.city].zh}  ${r.text}\n  ${r.label.zh}；${r.document}（${span}）\n  ${r.citation.section}：“${r.citation.quote}”`;
    })
    .join('\n\n');
}

const showTarget = (t: Target): string => `${t.year}: ${t.comparator ?? ''}${t.value}`;

/** Each target names its own document and clause: a later document's target cites the later one. */
function indicatorLine(i: Indicator, targets: readonly PlanTarget[]): string {
  const base = i.base ? `  基数 ${i.base.year}: ${i.base.value}` : '';
  const attr = i.attribute ? `  ${i.attribute === 'binding' ? '约束性' : '预期性'}` : '';
  const lead = i.lead ? `  ${i.lead}` : '';
  const cites = [...new Set(targets.map((t) => `${t.doc.number} ${t.cite.section}`))].map((c) => `\n  ${c}`).join('');
  return `${i.name}（${i.unitLabel.zh}）[${i.id}]${base}  目标 ${targets.map(showTarget).join('，')}${attr}${lead}${cites}`;
}

export function targetRows(city: City) {
  return indicatorsOf(city).map((p) => ({
    id: p.indicator.id,
    name: p.indicator.name,
    nameEn: p.indicator.nameEn,
    domain: p.indicator.domain,
    unit: p.indicator.unit,
    unitLabel: p.indicator.unitLabel,
    ...(p.indicator.attribute ? { attribute: p.indicator.attribute } : {}),
    ...(p.indicator.lead ? { lead: p.indicator.lead } : {}),
    ...(p.indicator.base ? { base: p.indicator.base } : {}),
    targets: p.targets.map((t) => ({ year: t.year, comparator: t.comparator, value: t.value, document: t.doc.number, citation: t.cite })),
  }));
}

export function formatTargets(city: City): string {
  return indicatorsOf(city)
    .map((p) => indicatorLine(p.indicator, p.targets))
    .join('\n');
}

export function discrepancyRows(city?: City) {
  return allDiscrepancies()
    .filter((x) => !city || x.city === city)
    .map(({ city: c, d }) => ({ city: c, ...d, uses: d.figures[d.productUses]!.value }));
}

export function formatDiscrepancies(city?: City): string {
  return discrepancyRows(city)
    .map((r) => {
      const figures = r.figures.map((f, i) => `  ${i === r.productUses ? '✔' : ' '} ${f.label.zh}：${f.value}${f.citation ? `（${f.citation.section}）` : ''}`);
      return [`${CITY.options[r.city].zh}  ${r.where}`, `  ${r.description.zh}`, ...figures, `  采用理由：${r.why.zh}`].join('\n');
    })
    .join('\n\n');
}
