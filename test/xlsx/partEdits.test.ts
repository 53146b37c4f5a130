/**
 * Edits of a part at byte offsets: what the marked copy's sheets, styles and notes are written by.
 * Every expectation is the text the edits describe, typed out.
 */
import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/xlsx/partEdits';

const source = strToU8('<a><b/>县<c/></a>');

describe('applyEdits', () => {
  it('with no edits is the part as it was', () => {
    expect(strFromU8(applyEdits(source, []))).toBe('<a><b/>县<c/></a>');
  });

  it('inserts at an offset, replaces a range, and keeps every other byte', () => {
    // Offsets are bytes: 县 is three of them (7–9), so <c/> starts at 10.
    expect(strFromU8(applyEdits(source, [{ at: 10, remove: 4, text: '<d x="区"/>' }, { at: 3, remove: 0, text: '<e/>' }]))).toBe('<a><e/><b/>县<d x="区"/></a>');
  });

  it('applies edits in the order of their offsets, whatever order they were made in', () => {
    const edits = [{ at: 14, remove: 0, text: '3' }, { at: 0, remove: 0, text: '1' }, { at: 7, remove: 3, text: '2' }];
    expect(strFromU8(applyEdits(source, edits))).toBe('1<a><b/>2<c/>3</a>');
  });

  it('keeps edits at one offset in the order they were made, however many there are among others', () => {
    expect(strFromU8(applyEdits(source, [{ at: 3, remove: 0, text: 'x' }, { at: 3, remove: 0, text: 'y' }, { at: 3, remove: 0, text: 'z' }]))).toBe('<a>xyz<b/>县<c/></a>');
    // Enough edits that the engine's sort merges runs rather than inserting one by one.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const edits = [...letters].flatMap((ch, i) => [{ at: 3, remove: 0, text: ch }, { at: 14 - (i % 2), remove: 0, text: String(i % 10) }]);
    const out = strFromU8(applyEdits(source, edits));
    expect(out.slice(0, 3 + 26)).toBe(`<a>${letters}`);
  });

  it('edits at the very start and end, and removes a whole part', () => {
    expect(strFromU8(applyEdits(source, [{ at: source.length, remove: 0, text: '<!--end-->' }, { at: 0, remove: 0, text: '<?xml?>' }]))).toBe('<?xml?><a><b/>县<c/></a><!--end-->');
    expect(strFromU8(applyEdits(source, [{ at: 0, remove: source.length, text: '<z/>' }]))).toBe('<z/>');
  });

  it('reads from a view into a larger buffer as from the view alone, and leaves the source as it was', () => {
    const wide = strToU8('xx<a/>yy');
    const view = wide.subarray(2, 6);
    expect(strFromU8(applyEdits(view, [{ at: 2, remove: 0, text: ' k="1"' }]))).toBe('<a k="1"/>');
    expect(strFromU8(wide)).toBe('xx<a/>yy');
  });
});
