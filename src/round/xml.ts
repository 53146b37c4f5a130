/**
 * Text and attribute values written into the XML parts careplan writes itself (the round's chart and
 * drawing, the marked copy's notes, its 核查结果 sheet and workbook part): one escaper, here at the
 * lowest part of the core that writes XML, so that the xlsx parts use it too.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as XML character data or an attribute value; characters XML 1.0 cannot hold become OOXML's `_xHHHH_`. */
export const escapeXml = (s: string): string =>
  s
    .replace(/[&<>"']/gu, (ch) => ESCAPES[ch]!)
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are exactly these
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
