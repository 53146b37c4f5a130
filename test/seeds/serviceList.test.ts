/**
 * 赣州市基本养老服务清单（2023年版） in seeds/: its thirty rows as the document writes them, the items
 * it marks “*”, and every amount kept once as a parameter, cited where it stands; ALLOWANCE reaches
 * each monthly amount of the list, and only those.
 */
import { describe, expect, it } from 'vitest';
import { ALLOWANCE_ITEM } from '../../src/rules/core/enums';
import { allParameters, resolve } from '../../src/rules/data/registry';
import { SeedDocument, type ServiceItem } from '../../src/rules/data/schema';
import { SEED_FILES, SEEDS } from '../../src/rules/data/seeds';
import { ALLOWANCE_SOURCE } from '../../src/rules/subsidies/allowance';
import { sourceText } from '../helpers';

const seed = SEEDS.find((s) => s.serviceList)!;
const list = seed.serviceList!;
const squeeze = (s: string): string => s.replace(/\s+/gu, '');
/** A row as the flattened source writes it: 序号, 服务类型, 服务项目 (with its “*”), 服务对象, 服务内容及标准, 牵头责任单位. */
const rowText = (it: ServiceItem): string => squeeze([it.no, it.type, `${it.added ? '*' : ''}${it.item}`, it.target, it.content, it.lead.join(' ')].join(''));

describe('赣州市基本养老服务清单（2023年版）', () => {
  it('is the appendix of 赣市府发〔2023〕13号 and only there', () => {
    expect(SEEDS.filter((s) => s.serviceList).map((s) => s.document.number)).toEqual(['赣市府发〔2023〕13号']);
    expect(list.title).toBe('赣州市基本养老服务清单（2023年版）');
  });

  it('holds the 30 items in order, each row word for word as the source writes it', () => {
    expect(list.items.map((i) => i.no)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const text = squeeze(sourceText(seed.document.file));
    for (const it of list.items) expect(text.includes(rowText(it)), `item ${it.no} ${it.item}`).toBe(true);
  });

  it('sorts the items into 物质帮助 (1–13), 照护服务 (14–21) and 关爱服务 (22–30)', () => {
    const byType = (t: string) => list.items.filter((i) => i.type === t).map((i) => i.no);
    expect(byType('物质帮助')).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(byType('照护服务')).toEqual(Array.from({ length: 8 }, (_, i) => i + 14));
    expect(byType('关爱服务')).toEqual(Array.from({ length: 9 }, (_, i) => i + 22));
  });

  it('marks as added by Ganzhou exactly the items the document stars: 13 公租房优先摇取轮候资格 and 21 居家养老服务支持', () => {
    expect(list.items.filter((i) => i.added).map((i) => `${i.no} ${i.item}`)).toEqual(['13 公租房优先摇取轮候资格', '21 居家养老服务支持']);
    expect(list.citation.quote).toContain('标“*”的为我市在江西省基本养老服务清单基础上增加的项目');
  });

  it('keeps every lead unit apart, as the document lists them (28: four units)', () => {
    expect(list.items[27]!.lead).toEqual(['市文广新旅局', '市教育局', '市发展改革委', '市科学技术协会']);
    expect(list.items[13]!.lead).toEqual(['市民政局', '市卫健委']);
  });

  it('keeps every amount of an item as a parameter of Ganzhou, each figure standing in the item’s own words or the clause it repeats', () => {
    const withAmounts = list.items.filter((i) => i.amounts?.length).map((i) => i.no);
    expect(withAmounts).toEqual([4, 5, 6, 7, 10, 15, 16, 21]);
    for (const it of list.items) {
      for (const a of it.amounts ?? []) {
        const e = resolve('ganzhou', a.parameter, '2024-01-01');
        const p = e.param;
        if (p.kind === 'table') expect(Object.keys(p.values), `${it.no} ${a.parameter}`).toContain(a.key);
        else expect(a.key, `${it.no} ${a.parameter}`).toBeUndefined();
        expect(e.doc.number).toBe(seed.document.number);
        // The figure is the item's: the parameter cites this item, or the item's words repeat its figure.
        const figure = p.kind === 'table' ? p.values[a.key!] : p.kind === 'value' ? p.value : p.kind === 'range' ? p.min : undefined;
        const cites = p.citation.section.includes(`第${it.no}项`);
        expect(cites || it.content.includes(`${figure}元`), `${it.no} ${a.parameter}`).toBe(true);
      }
    }
  });

  it('has 居家养老服务支持 (21) cite SERVICEBUY’s parameter, not a copy of 200 / 100', () => {
    const item = list.items[20]!;
    expect(item.amounts!.map((a) => `${a.parameter}.${a.key}`)).toEqual(['serviceBuy.perPersonMonth.severe', 'serviceBuy.perPersonMonth.partial']);
    const ids = seed.parameters.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    // 15 and 16 state the same 1.3 and share one parameter.
    expect(list.items[14]!.amounts).toEqual(list.items[15]!.amounts);
  });

  it('gives ALLOWANCE each monthly amount of the list in yuan, and nothing else', () => {
    const monthly = list.items.flatMap((i) => (i.amounts ?? []).filter((a) => {
      const p = allParameters().find((e) => e.city === 'ganzhou' && e.param.id === a.parameter && e.doc.number === seed.document.number)?.param;
      return p && p.kind !== 'clause' && p.kind !== 'reference' && p.unit === 'yuan/person/month';
    }));
    const reached = Object.values(ALLOWANCE_SOURCE).map((s) => `${s.id}${s.key ? `.${s.key}` : ''}`);
    expect(reached.sort()).toEqual(monthly.map((a) => `${a.parameter}${a.key ? `.${a.key}` : ''}`).sort());
    expect(Object.keys(ALLOWANCE_SOURCE).sort()).toEqual(Object.keys(ALLOWANCE_ITEM.options).sort());
  });

  it('refuses an item numbered out of order', () => {
    const broken = structuredClone(SEED_FILES['ganzhou-2023-13.json']) as { serviceList: { items: { no: number }[] } };
    broken.serviceList.items[4]!.no = 7;
    const r = SeedDocument.safeParse(broken);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('5 expected');
  });
});
