/**
 * The one XML escaper of careplan's own parts (src/round/xml.ts), against the XML 1.0 rules: the five
 * markup characters as their entities, and the characters XML 1.0 cannot hold at all (C0 controls
 * other than tab, line feed and carriage return; U+FFFE, U+FFFF) as OOXML's `_xHHHH_` (ECMA-376
 * Part 1, 22.9.2.19 ST_Xstring), which Excel reads back as the character.
 */
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/round/xml';

describe('text written into an XML part', () => {
  it('writes & < > " and \' as their entities', () => {
    expect(escapeXml(`于都县 <"甲" & '乙'>`)).toBe('于都县 &lt;&quot;甲&quot; &amp; &apos;乙&apos;&gt;');
  });

  it('writes a control character a county name or a note may carry as _xHHHH_, and keeps tab and line breaks', () => {
    expect(escapeXml('a\u0000b\u001bc\u0007d\uffffe')).toBe('a_x0000_b_x001B_c_x0007_d_xFFFF_e');
    expect(escapeXml('一\t二\n三\r四')).toBe('一\t二\n三\r四');
  });
});
