/**
 * Choosing a template: what the gallery offers (the task pane and the page list it), the county
 * forms a round sends out, how an id and the portable form are read, and the refusals for a
 * template that does not exist, a county form of a sheet that has none, and a budget for a city
 * whose documents set none of its figures. The counties
 * are the document's: 赣市府字〔2022〕94号's bed table lists 章贡区 to 蓉江新区, 20 rows under
 * 全市总计 (seeds/sources/000…, lines 387–437).
 */
import { describe, expect, it } from 'vitest';
import { isRuleError } from '../../src/rules/core/errors';
import { buildTemplate, type TemplateOptions } from '../../src/templates';
import { countyForms } from '../../src/templates/countyForms';
import { gallery } from '../../src/templates/gallery';

const GZ_BED_COUNTIES = [
  '章贡区', '赣县区', '南康区', '定南县', '大余县', '安远县', '信丰县', '于都县', '兴国县', '全南县',
  '石城县', '崇义县', '宁都县', '寻乌县', '上犹县', '会昌县', '龙南市', '瑞金市', '赣州开发区', '蓉江新区',
];

const IDS = [
  'gz-beds', 'gz-slots', 'fz-facilities', 'gz-indicators', 'yt-indicators', 'ja-indicators', 'fz-indicators',
  'gz-services', 'budget-eldercare', 'budget-childcare', 'budget-allowances',
];

function refusal(id: string, o?: TemplateOptions): { code: string; zh: string; en: string } {
  try {
    buildTemplate(id, o);
  } catch (e) {
    if (isRuleError(e)) return { code: e.code, zh: e.zh, en: e.en };
    throw e;
  }
  throw new Error(`${id} was built`);
}

describe('the gallery', () => {
  it('offers every template, a county table with its counties in the document’s order and no 合计 row', () => {
    const g = gallery();
    expect(g.entries.map((e) => e.id)).toEqual(IDS);
    const beds = g.entries.find((e) => e.id === 'gz-beds')!;
    expect(beds.counties).toEqual(GZ_BED_COUNTIES);
    expect(beds.kind).toBe('county');
  });

  it('lists no counties for a sheet without county forms, and the cities each budget serves', () => {
    const g = gallery();
    for (const e of g.entries.filter((x) => x.kind !== 'county')) expect(e.counties, e.id).toBeNull();
    expect(g.entries.find((e) => e.id === 'budget-eldercare')!.serves).toEqual(['ganzhou', 'yingtan', 'jian', 'fuzhou']);
    expect(g.entries.find((e) => e.id === 'budget-childcare')!.serves).toEqual(['ganzhou']);
    expect(g.entries.find((e) => e.id === 'gz-beds')!.serves).toBeNull();
    expect(g.cities.map((c) => c.zh)).toEqual(['赣州', '鹰潭', '吉安', '抚州']);
  });
});

describe('a round’s county forms', () => {
  it('are one for each county of the table, named county first', () => {
    const forms = countyForms('gz-beds')!;
    expect(forms.map((f) => f.template.county)).toEqual(GZ_BED_COUNTIES);
    expect(forms[7]!.fileName).toMatch(/^于都县_.+\.xlsx$/u);
  });

  it('are none for a sheet without county forms', () => {
    expect(countyForms('gz-indicators')).toBeUndefined();
    expect(countyForms('budget-eldercare')).toBeUndefined();
  });
});

describe('what the template options mean', () => {
  it('an id is read as typed, in any case and with spaces round it', () => {
    expect(buildTemplate(' GZ-Beds ').id).toBe('gz-beds');
  });

  it('the portable form is a budget’s only: the checker asks it of every template, and a table comes as it is', () => {
    // src/check/index.ts builds each template it recognises with form 'portable'.
    for (const id of ['gz-beds', 'gz-indicators', 'gz-services']) expect(buildTemplate(id, { form: 'portable' }), id).toEqual(buildTemplate(id));
  });
});

describe('refusals', () => {
  it('a template that does not exist: says the name typed and every template there is', () => {
    expect(refusal('gz-bed')).toEqual({
      code: 'BAD_ARGUMENT',
      zh: `没有模板 “gz-bed”；可用模板：${IDS.join('、')}（careplan template --list）。`,
      en: `No template “gz-bed”. Templates: ${IDS.join(', ')} (careplan template --list).`,
    });
  });

  it('a county form of a sheet that has none: names the templates that have them', () => {
    expect(refusal('gz-indicators', { county: '章贡区' })).toEqual({
      code: 'BAD_ARGUMENT',
      zh: '模板 gz-indicators 没有分县填报表；可按县生成的模板：gz-beds、gz-slots、fz-facilities。',
      en: 'Template gz-indicators has no county form; county forms exist for: gz-beds, gz-slots, fz-facilities.',
    });
  });

  it('a budget for a city whose documents set none of its lines: names the city and the cities it serves', () => {
    const r = refusal('budget-allowances', { city: '抚州', form: 'portable' });
    expect(r.zh).toBe('抚州的文件未规定“养老补贴发放测算表”任何一行的数额，不生成此表；此表适用于：赣州。');
    expect(r.en).toMatch(/^Fuzhou's documents set no figure for any line of the .+, so it is not made for Fuzhou; it serves Ganzhou\.$/u);
  });
});
