/**
 * The figures a checked county table hands on (SheetReport.figures): what the city's merge adds up
 * and the pane's progress reads. Each county row's inputs by measure and year, read as the checker
 * reads them, and a cell the checker refuses handed on as it stands, so that the merged table shows
 * what the county sent. Expected values are the ones typed into the sheet here.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/check';
import { sheetOf } from './sheet';

const done2021 = '2021年实际新增改造（张）';
const beds2021 = '2021年末养老床位数（张）';
const nursing2021 = '2021年末护理型床位数（张）';
const elderly2021 = '2021年末老年人口（人）';

const figuresOf = (fill: (s: ReturnType<typeof sheetOf>) => void) => {
  const s = sheetOf('gz-beds');
  fill(s);
  return checkSheet(s.grid, '2022-01-01').figures!;
};

describe('a county table’s figures, by county and by measure and year', () => {
  it('every county row and none for the total; each input keyed measure|year, blank as null', () => {
    const figures = figuresOf((s) => s.fill('于都县', done2021, 300).fill('于都县', elderly2021, 120_000));
    expect(Object.keys(figures)).toHaveLength(20);
    expect(figures).not.toHaveProperty('total');
    expect(figures['yudu']).toMatchObject({ '新增改造床位|2021': 300, '年末养老床位数|2021': null, '老年人口|2021': 120_000, '新增改造床位|2025': null });
    // Only inputs: 5 years × 4 measures, no target, base figure or computed cell.
    expect(Object.keys(figures['yudu']!)).toHaveLength(20);
    expect(figures['zhanggong']!['新增改造床位|2021']).toBeNull();
  });

  it('a cell holding only spaces, as a cleared cell pasted from elsewhere may, is blank: null, not its spaces', () => {
    const figures = figuresOf((s) => s.fill('于都县', done2021, ' \u3000 '));
    expect(figures['yudu']!['新增改造床位|2021']).toBeNull();
  });

  it('a formula is read by its saved value, a number typed as text as its number', () => {
    const figures = figuresOf((s) =>
      s
        .fill('于都县', done2021, { t: 'formula', formula: '100+200', cached: 300 })
        .fill('于都县', beds2021, { t: 'formula', formula: '6000+400', cached: null })
        .fill('于都县', nursing2021, '1,200'),
    );
    expect(figures['yudu']).toMatchObject({ '新增改造床位|2021': 300, '年末养老床位数|2021': 6400, '年末护理型床位数|2021': 1200 });
  });

  it('a cell the checker refuses is handed on as it stands', () => {
    const figures = figuresOf((s) =>
      s
        .fill('于都县', done2021, '约300')
        .fill('于都县', beds2021, true)
        .fill('于都县', nursing2021, { t: 'error', code: '#REF!' })
        .fill('于都县', elderly2021, { t: 'date', serial: 45000 })
        .fill('瑞金市', done2021, -5)
        .fill('瑞金市', beds2021, { t: 'formula', formula: 'X', cached: '待定' })
        .fill('瑞金市', nursing2021, { t: 'formula', formula: 'X', cached: false })
        .fill('瑞金市', elderly2021, { t: 'formula', formula: '1/0', cached: { t: 'error', code: '#DIV/0!' } }),
    );
    expect(figures['yudu']).toMatchObject({ '新增改造床位|2021': '约300', '年末养老床位数|2021': 'TRUE', '年末护理型床位数|2021': '#REF!', '老年人口|2021': 45000 });
    expect(figures['ruijin']).toMatchObject({ '新增改造床位|2021': -5, '年末养老床位数|2021': '待定', '年末护理型床位数|2021': 'FALSE', '老年人口|2021': '#DIV/0!' });
  });

  it('a formula that cannot be worked out and has no saved value is blank', () => {
    const figures = figuresOf((s) => s.fill('于都县', done2021, { t: 'formula', formula: 'AVERAGE(A1:A3)', cached: null }));
    expect(figures['yudu']!['新增改造床位|2021']).toBeNull();
  });

  it('a sheet other than a county table hands on no figures', () => {
    const s = sheetOf('gz-indicators');
    expect(checkSheet(s.grid, '2022-01-01').figures).toBeUndefined();
  });
});
