/**
 * The round as the page shows it (round/view.ts), from `careplan merge`'s own merge of the twenty
 * returns: every county's status and the 通报's rates as worked out in test/support/round.ts, each
 * dropped file recognised as its template and county, and the findings' filters and CSV.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { csvField } from '../../src/check/csv';
import { filterChoices, filterFindings, findingsCsv, NO_FILTER, roundView, type RoundView } from '../../src/round/view';
import { mergeInputs, readReturnFile } from '../../src/xlsx/mergeReturns';
import { COUNTIES, MERGED, ROUND_AS_OF, TWICE, expectedRate, expectedStatus, roundFiles } from '../support/round';

let view: RoundView;

beforeAll(async () => {
  const files = await roundFiles();
  const inputs = [...files.map((f) => readReturnFile({ file: f.name, bytes: f.bytes }, ROUND_AS_OF)), readReturnFile({ file: '旧表.et', bytes: new Uint8Array([0xd0, 0xcf]) }, ROUND_AS_OF)];
  const r = await mergeInputs(inputs, { asOf: ROUND_AS_OF });
  view = roundView(r.city, r.asOf, inputs, r.status, r.progress, r.findings);
}, 120_000);

describe('the round as the page shows it', () => {
  it('gives every county of the document’s table the status worked out for it', () => {
    expect(view.template.id).toBe('gz-beds');
    expect(view.counties.map((c) => c.county).sort()).toEqual([...COUNTIES].sort());
    for (const c of view.counties) expect(c.status, c.county).toBe(expectedStatus(c.county));
    expect(view.counties.find((c) => c.county === TWICE)!.files).toEqual([`${TWICE}报表.xlsx`, `${TWICE}报表（更正）.xlsx`]);
  });

  it('says what each dropped file was recognised as, for which county, or why not', () => {
    const file = (name: string) => view.files.find((f) => f.file === name)!;
    expect(view.files).toHaveLength(21);
    expect(file('信丰县报表.xlsx').recognised.map((r) => r.county)).toEqual(['信丰县']);
    expect(file('信丰县报表.xlsx').status).toBe('merged');
    expect(file('信丰县报表.xlsx').reports[0]!.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(file('定南县_托位分解表.xlsx').status).toBe('otherTemplate');
    expect(file('定南县_托位分解表.xlsx').recognised[0]!.template.zh).toContain('托位');
    expect(file('旧表.et').status).toBe('unreadable');
    expect(file('旧表.et').error!.zh).toContain('另存为');
  });

  it('ranks the merged counties by the rate worked out from the document’s tasks, the others unranked', () => {
    const [beds] = view.progress;
    const rated = beds!.rows.filter((r) => r.rate !== null);
    expect(rated.map((r) => r.county).sort()).toEqual([...MERGED].sort());
    for (const r of rated) expect(r.rate, r.county).toBeCloseTo(expectedRate(r.county), 12);
    const byRate = [...MERGED].sort((a, b) => expectedRate(b) - expectedRate(a));
    expect(rated.map((r) => expectedRate(r.county))).toEqual(byRate.map(expectedRate));
  });

  it('filters the findings by county, severity and measure, and offers only choices the findings hold', () => {
    const choices = filterChoices(view.findings);
    expect(choices.counties).toContain('信丰县');
    expect(new Set(choices.counties).size).toBe(choices.counties.length);
    for (const c of choices.counties) expect(view.findings.some((f) => f.county === c)).toBe(true);
    const xinfeng = filterFindings(view.findings, {
      ...NO_FILTER,
      county: '信丰县',
    });
    expect(xinfeng.length).toBeGreaterThan(0);
    expect(xinfeng.every((f) => f.county === '信丰县')).toBe(true);
    const errors = filterFindings(view.findings, {
      county: '信丰县',
      severity: 'error',
      measure: '新增改造床位',
    });
    expect(errors.every((f) => f.severity === 'error' && f.measure === '新增改造床位' && f.county === '信丰县')).toBe(true);
    expect(errors.length).toBeGreaterThan(0);
    expect(filterFindings(view.findings, NO_FILTER)).toEqual(view.findings);
  });

  it('writes the findings as CSV in the command line’s columns, one finding a row, placed in the merged workbook', () => {
    const csv = findingsCsv(view, '赣州汇总.xlsx', 'zh');
    expect(csv.startsWith('\uFEFFfile,sheet,template,cell,severity')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(view.findings.length + 1);
    const f = view.findings[0]!;
    expect(lines[1]!.startsWith(['赣州汇总.xlsx', view.template.sheet, 'gz-beds', f.cell, f.severity, f.ruleId].map(csvField).join(','))).toBe(true);
  });
});
