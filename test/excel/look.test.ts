/**
 * The add-in's look of a template is the .xlsx writer's: the same widths, colours and validation
 * wording, and every cell in exactly one of the rectangles it is formatted by.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE, hexOf, widthPoints } from '../../src/excel/look';
import { rectangles } from '../../src/excel/rects';
import { inputValidation } from '../../src/excel/validationRule';
import type { Accepts } from '../../src/templates/model';
import { validationFor } from '../../src/xlsx/validation';
import { MARGINS_INCHES, PAGE_FOOTER, excelWidth } from '../../src/templates/look';

describe('the look of an inserted template', () => {
  it('has the column widths of the written file, in the points Office.js takes', () => {
    for (const w of [4, 8, 10.5, 12, 20, 44]) expect(widthPoints(w)).toBeCloseTo((excelWidth(w) * 7 + 5) * 0.75, 2);
  });

  it('prints like the written file: its margins in points and its footer', () => {
    const points = { left: 18, right: 18, top: 36, bottom: 36, header: 14.4, footer: 14.4 };
    expect(Object.keys(PAGE.margins).sort()).toEqual(Object.keys(MARGINS_INCHES).sort());
    for (const [side, pt] of Object.entries(points)) expect(PAGE.margins[side as keyof typeof points]).toBeCloseTo(pt, 6);
    expect(PAGE.centerFooter).toBe(PAGE_FOOTER);
  });

  it('takes colours as Excel’s #RRGGBB from the writer’s ARGB', () => {
    expect(hexOf('FFFFF5CC')).toBe('#FFF5CC');
  });

  it.each(['count', 'share', 'quantity', 'date', 'city'] as Accepts[])('validates a %s input with the writer’s own prompt and error', (accepts) => {
    const file = validationFor(accepts)!;
    const v = inputValidation(accepts)!;
    expect(v.prompt).toEqual({ showPrompt: true, title: file.promptTitle, message: file.prompt });
    expect(v.errorAlert).toEqual({ showAlert: true, style: 'Stop', title: file.errorTitle, message: file.error });
    expect(v.ignoreBlanks).toBe(true);
  });

  it('leaves free-text inputs unvalidated', () => {
    expect(inputValidation('text')).toBeUndefined();
  });
});

describe('cells gathered into rectangles', () => {
  it('puts every cell in exactly one rectangle and nothing else in any', () => {
    const cell = fc.record({ r: fc.integer({ min: 0, max: 12 }), c: fc.integer({ min: 0, max: 8 }) });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (cells) => {
        const want = new Set(cells.map((x) => `${x.r},${x.c}`));
        const got: string[] = [];
        for (const x of rectangles(cells)) for (let i = 0; i < x.rows; i++) for (let j = 0; j < x.cols; j++) got.push(`${x.r + i},${x.c + j}`);
        expect(got.length).toBe(want.size);
        expect(new Set(got)).toEqual(want);
      }),
    );
  });

  it('makes one rectangle of a column of inputs', () => {
    expect(rectangles(Array.from({ length: 20 }, (_, i) => ({ r: 8 + i, c: 3 })))).toEqual([{ r: 8, c: 3, rows: 20, cols: 1 }]);
  });
});
