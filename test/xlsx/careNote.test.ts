/**
 * A sheet holding CARE formulas says, on the sheet but outside the print area, what to do if its
 * cells show #NAME?: open it where careplan is loaded and use the pane's repair, or take the
 * portable form. A form without CARE formulas says nothing of it. The .xlsx writer and the Excel
 * adapter both place the guide from layout(), so the line is in both.
 */
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-CN';
import { enUS } from '../../src/i18n/en-US';
import { TEMPLATES, buildTemplate } from '../../src/templates';
import { layout } from '../../src/templates/layout';

const guideOf = (id: string) => {
  const l = layout(buildTemplate(id as never));
  return { l, guide: l.cells.find((c) => c.kind === 'guide')! };
};

describe('what to do when CARE cells show #NAME?', () => {
  it.each(TEMPLATES.map((e) => e.id))('%s: said beside the guide, above the print area, exactly where its cells call CARE functions', (id) => {
    const { l, guide } = guideOf(id);
    const calls = l.cells.some((c) => c.formula !== undefined && /CARE\./u.test(c.formula));
    expect(guide.r).toBeLessThan(l.printArea[0]);
    expect(String(guide.value).includes('#NAME?')).toBe(calls);
    if (calls) {
      // The pane's own button, in both languages.
      expect(String(guide.value)).toContain(`“${zhCN.repair}”`);
      expect(String(guide.value)).toContain(`“${enUS.repair}”`);
    }
  });

  it('the budgets, which compute with CARE functions, say it', () => {
    expect(String(guideOf('budget-eldercare').guide.value)).toContain('#NAME?');
  });
});
