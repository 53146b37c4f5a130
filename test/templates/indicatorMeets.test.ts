/**
 * 是否达到 on an indicator sheet, judged by the documents' words (DESIGN.md, "Reading the documents'
 * words"): 抚州's 护理型床位占比“达到35%以上” is met at 35% itself, its 社会力量运营的养老床位占比“超过50%”
 * is not met at 50%; 赣州's 生长发育迟缓率（%）“5以下” is met at 5%; its 托育服务综合管理网络 “基本建立”, a text target,
 * is met by those words, typed with spaces or not, and by no others; a figure typed as text meets
 * nothing. The written formula is recalculated by
 * LibreOffice and read back by openpyxl, and careplan's own cached value must say the same. The
 * 比较 column shows the sign a reader of the document expects: ≥ for 以上, > for 超过.
 */
import { describe, expect, it } from 'vitest';
import { parseA1 } from '../../src/templates/address';
import { layout, type Layout } from '../../src/templates/layout';
import { readWorkbook } from '../../src/xlsx/read';
import { readWithOpenpyxl } from '../support/budgets';
import { skipLibreOffice, throughLibreOfficeAll } from '../support/libreoffice';
import { filled, templateBytes, type Entry } from '../support/workbooks';

const NURSING = '护理型床位占比';
const PRIVATE = '社会力量运营的养老床位占比';
const STUNTED = '生长发育迟缓率';
const NETWORK = '托育服务综合管理网络';

/**
 * Workbooks as a county fills them: on each sheet, what is typed as 实际值 (null: left blank) and what
 * 是否达到 must then say. Two workbooks a sheet: the target itself, and a hair to the other side.
 */
const FILLS: { id: string; typed: [indicator: string, actual: number | string | null, says: string][] }[] = [
  // 达到35%以上: 35% itself is met; 超过50%: 50% itself is not; nothing typed, nothing said.
  { id: 'fz-indicators', typed: [[NURSING, 0.35, '达到'], [PRIVATE, 0.5, '未达到'], ['居家和社区养老服务设施覆盖率', null, '']] },
  { id: 'fz-indicators', typed: [[NURSING, 0.3499, '未达到'], [PRIVATE, 0.5001, '达到']] },
  // 生长发育迟缓率（%）… 5以下: a ceiling, met at 5% itself.
  { id: 'gz-indicators', typed: [[STUNTED, 0.05, '达到']] },
  { id: 'gz-indicators', typed: [[STUNTED, 0.0501, '未达到']] },
  // 托育服务综合管理网络 — 基本建立: a text target, met by its own words, not by a stage short of them.
  { id: 'gz-indicators', typed: [[NETWORK, '基本建立', '达到']] },
  { id: 'gz-indicators', typed: [[NETWORK, '初步建立', '未达到']] },
  // Spaces typed or pasted around the words (ASCII, ideographic, a line break) are not another answer; brackets are.
  { id: 'gz-indicators', typed: [[NETWORK, '基本建立 ', '达到']] },
  { id: 'gz-indicators', typed: [[NETWORK, '\u3000基本建立\n', '达到']] },
  { id: 'gz-indicators', typed: [[NETWORK, '基本建立（试点）', '未达到']] },
  // A figure typed as text does not meet its target: a spreadsheet compares any text as greater than any number.
  { id: 'fz-indicators', typed: [[NURSING, '0.35', '未达到'], [PRIVATE, '0.3', '未达到']] },
];

/** The address of a row's cell under a header, the row found by its indicator's name in the first column. */
function addressOf(l: Layout, indicator: string, header: string): string {
  const cell = l.cells.find((c) => c.row?.labels[0] === indicator && c.column?.header === header);
  if (!cell) throw new Error(`no ${indicator} / ${header}`);
  return cell.address;
}

const entries = (f: (typeof FILLS)[number]): Entry[] => f.typed.map(([row, value]) => ({ row, header: '实际值', value }));
const CASES = FILLS.flatMap((f) => f.typed.map(([indicator, actual, says]) => ({ f, indicator, actual, says })));

describe('是否达到 as the documents word their targets', () => {
  it.each(CASES.map((c) => [c.indicator, c.actual, c.says, c] as const))('%s at %s: careplan caches “%s”', async (_, __, ___, c) => {
    const l = layout(filled(c.f.id, entries(c.f)));
    const sheet = readWorkbook(await templateBytes(c.f.id, entries(c.f))).sheets[0]!;
    const at = addressOf(l, c.indicator, '是否达到');
    const { r, c: col } = parseA1(at);
    const cell = sheet.rows[r]![col];
    expect(cell).toMatchObject({ t: 'formula' });
    expect((cell as { cached: unknown }).cached ?? '').toBe(c.says);
  });

  it('the 比较 column shows ≥ for 以上, > for 超过 and ≤ for 以下', () => {
    const fz = layout(filled('fz-indicators', []));
    const gz = layout(filled('gz-indicators', []));
    const sign = (l: Layout, indicator: string) => l.cells.find((c) => c.address === addressOf(l, indicator, '比较'))!.value;
    expect([sign(fz, NURSING), sign(fz, PRIVATE), sign(gz, STUNTED)]).toEqual(['≥', '>', '≤']);
  });
});

describe.skipIf(skipLibreOffice)('是否达到 recalculated by LibreOffice from the written formula', () => {
  it('says what the documents’ words mean for each figure typed, at the target itself and a hair either side', async () => {
    const files = await Promise.all(FILLS.map(async (f, i) => ({ bytes: await templateBytes(f.id, entries(f)), name: `meets${i}.xlsx` })));
    const recalculated = throughLibreOfficeAll(files);
    FILLS.forEach((f, i) => {
      const l = layout(filled(f.id, entries(f)));
      const values = readWithOpenpyxl(recalculated[i]!)[l.template.sheet]!;
      for (const [indicator, actual, says] of f.typed) expect(values[addressOf(l, indicator, '是否达到')] ?? '', `${indicator} ${actual}`).toBe(says);
    });
  }, 240_000);
});
