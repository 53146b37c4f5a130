/**
 * Which table a round merges, and the notes the merged table carries: decided from the returns
 * themselves (the table most of them are forms of), refused where the files cannot decide or the
 * table asked for is no county table; a county left blank says why on its own row, in both
 * languages, and a county merged from the same return sent twice is filled without a note.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleError } from '../../src/rules/core/errors';
import { mergeInputs, readReturnFile, roundTemplate } from '../../src/xlsx/mergeReturns';
import { caught } from '../helpers';
import { pythonJson } from '../support/python';
import { tempDir, templateBytes } from '../support/workbooks';

const AS_OF = '2026-03-01';
const read = async (file: string, id: string, county: string) => readReturnFile({ file, bytes: await templateBytes(id, [], { county }) }, AS_OF);

describe('a file of a round', () => {
  it('saved as .et or .xls is not read, and says to save it as .xlsx', async () => {
    for (const file of ['大余县报表.et', '大余县报表.xls']) {
      const r = readReturnFile({ file, bytes: await templateBytes('gz-beds', [], { county: '大余县' }) }, AS_OF);
      expect('error' in r && r.error.zh, file).toContain('另存为');
    }
  });
});

describe('the table a round merges', () => {
  it('is the one most returns are forms of, whichever file comes first', async () => {
    const slots = await read('定南县.xlsx', 'gz-slots', '定南县');
    const beds = [await read('信丰县.xlsx', 'gz-beds', '信丰县'), await read('会昌县.xlsx', 'gz-beds', '会昌县')];
    expect(roundTemplate([slots, ...beds]).id).toBe('gz-beds');
    expect(roundTemplate([...beds, slots]).id).toBe('gz-beds');
  });

  it('is refused where the files hold as many returns of two tables, naming those two and --template', async () => {
    const inputs = [
      await read('临川区.xlsx', 'fz-facilities', '临川区'),
      await read('信丰县.xlsx', 'gz-beds', '信丰县'),
      await read('会昌县.xlsx', 'gz-beds', '会昌县'),
      await read('定南县.xlsx', 'gz-slots', '定南县'),
      await read('龙南市.xlsx', 'gz-slots', '龙南市'),
    ];
    const e = caught(RuleError, () => roundTemplate(inputs));
    expect(e.code).toBe('BAD_ARGUMENT');
    expect(e.zh).toBe('所给文件中 gz-beds、gz-slots 的报表一样多；请用 --template 指定本次汇总哪一个。');
    // Named, the table is merged even so.
    expect(roundTemplate(inputs, 'gz-slots').id).toBe('gz-slots');
  });

  it('is refused where no file holds a county return, listing the tables that are', async () => {
    const e = caught(RuleError, () => roundTemplate([{ file: '说明.et', error: { zh: '另存为', en: 'save as' } }]));
    expect(e.code).toBe('BAD_ARGUMENT');
    expect(e.zh).toBe('所给文件中没有识别出任何县级报表（gz-beds、gz-slots、fz-facilities）；请检查文件，或用 --template 指定模板。');
  });

  it('is refused when the one asked for is no county table, listing those that are', () => {
    const e = caught(RuleError, () => roundTemplate([], 'budget-eldercare'));
    expect(e.code).toBe('BAD_ARGUMENT');
    expect(e.zh).toBe('budget-eldercare 不是县级分解表，不能汇总；可汇总的模板：gz-beds、gz-slots、fz-facilities。');
  });
});

interface Merged {
  /** Each commented cell: its value and the comment. */
  notes: Record<string, [unknown, string]>;
  keyOf: Record<string, string>;
  missingWhy: { zh: string; en: string };
}

/** Merged inside each test, neither in beforeAll nor memoized, so that Stryker credits the merge to every test that checks it (see roundSheets.test.ts). */
async function round(): Promise<Merged> {
  const twice = await templateBytes('gz-beds', [], { county: '信丰县' });
  const inputs = [readReturnFile({ file: '信丰县.xlsx', bytes: twice }, AS_OF), readReturnFile({ file: '信丰县（再报）.xlsx', bytes: twice }, AS_OF), await read('会昌县.xlsx', 'gz-beds', '会昌县')];
  const r = await mergeInputs(inputs, { asOf: AS_OF });
  expect(r.status.counties.find((c) => c.county === '信丰县')!.status).not.toBe('missing');
  const file = path.join(tempDir(), 'merged.xlsx');
  writeFileSync(file, r.bytes);
  // Every comment of the city table, and the cell of each county's name, as openpyxl reads them.
  const [notes, keyOf] = pythonJson<[Merged['notes'], Record<string, string>]>(
    `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
notes, keys = {}, {}
for row in ws.iter_rows():
    for c in row:
        if c.comment is not None: notes[c.coordinate] = [c.value, c.comment.text]
        if isinstance(c.value, str) and c.value in ('信丰县', '会昌县', '赣县区'): keys[c.value] = c.coordinate
print(json.dumps([notes, keys], ensure_ascii=False))
`,
    [file],
  );
  return { notes, keyOf, missingWhy: r.status.counties.find((c) => c.county === '赣县区')!.reason! };
}

describe('the notes of the merged table', () => {
  it('a county nothing came from says why on its row, in Chinese then English, as 报送情况 says it', async () => {
    const { notes, keyOf, missingWhy } = await round();
    expect(notes[keyOf['赣县区']!]).toEqual(['赣县区', `${missingWhy.zh}\n${missingWhy.en}`]);
    expect(missingWhy.zh).toMatch(/未/u);
    // The other 17 blank counties likewise, each on the cell of its own name.
    const commented = Object.values(notes).map(([county]) => county);
    expect(commented).toHaveLength(18);
    expect(new Set(commented).size).toBe(18);
    expect(commented).not.toContain('信丰县');
  }, 120_000);

  it('a county merged, even from the same return sent twice, carries no note', async () => {
    const { notes, keyOf } = await round();
    expect(notes[keyOf['信丰县']!]).toBeUndefined();
    expect(notes[keyOf['会昌县']!]).toBeUndefined();
  }, 120_000);
});
