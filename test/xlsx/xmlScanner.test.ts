/**
 * The byte scanner every part of a workbook goes through, driven directly on short XML. What it must
 * do is set by XML 1.0 (W3C, fifth edition): §2.5 comments, §2.6 processing instructions, §2.7
 * CDATA sections, §2.8 the doctype, §3.1 tags and attributes (either quote, `>` allowed inside a
 * value, white space around `=`), §4.6 the predefined entities, §4.1 character references; and by
 * Namespaces in XML §4 (a prefix before `:`, SpreadsheetML's `x:c` is `c`). Each expectation is the
 * XML as written in the test, never what the scanner returned elsewhere.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CLOSE, EMPTY, OPEN, XmlScanner, xmlName } from '../../src/xlsx/xmlScanner';

const PART = 'xl/worksheets/sheet1.xml';
const scan = (xml: string): XmlScanner => new XmlScanner(strToU8(xml), PART);
const decoder = new TextDecoder();
const KIND = { [OPEN]: 'open', [CLOSE]: 'close', [EMPTY]: 'empty' } as Record<number, string>;

/** Every tag as `kind name`, the name read back through is(): the scanner's whole view of the part. */
function tags(xml: string, names: string[]): string[] {
  const s = scan(xml);
  const out: string[] = [];
  while (s.next()) out.push(`${KIND[s.kind]} ${names.find((n) => s.is(xmlName(n))) ?? '?'}`);
  return out;
}

/** Every attribute of the first tag as `name=value`, through nextAttr(). */
function attrs(xml: string): string[] {
  const s = scan(xml);
  s.next();
  s.firstAttr();
  const out: string[] = [];
  while (s.nextAttr()) {
    out.push(`${decoder.decode(s.bytes.subarray(s.attrNameStart, s.attrNameEnd))}=${decoder.decode(s.bytes.subarray(s.valueStart, s.valueEnd))}`);
  }
  return out;
}

const damagedIn = (run: () => unknown): void => {
  expect(run).toThrow(expect.objectContaining({ code: 'DAMAGED', zh: expect.stringContaining(PART) }));
};

describe('tags', () => {
  it('reads open, close and self-closing tags in order, a prefix dropped from each name', () => {
    expect(tags('<x:row r="1"><x:c r="A1"/><c/></x:row>', ['row', 'c'])).toEqual(['open row', 'empty c', 'empty c', 'close row']);
  });

  it('skips the declaration, comments, processing instructions, a doctype and CDATA between tags', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE worksheet><!-- <c/> --><?pi <c/> ?><a><![CDATA[<c/>]]></a>';
    expect(tags(xml, ['a', 'c'])).toEqual(['open a', 'close a']);
  });

  it('a comment ends at -->, a processing instruction at ?>, CDATA at ]]>: not at a > inside them; each may end the part', () => {
    expect(tags('<a/><!-- x > <c/> y --><!-- z -->', ['a', 'c'])).toEqual(['empty a']);
    expect(tags('<a/><?pi x > <c/> y ?><?pi z?>', ['a', 'c'])).toEqual(['empty a']);
    expect(tags('<a/><![CDATA[ x > <c/> ]]>', ['a', 'c'])).toEqual(['empty a']);
  });

  it('takes a > inside a quoted value as part of the value, in either quote', () => {
    const s = scan(`<c f="a>b" g='c>"d'/><d/>`);
    s.next();
    expect(s.kind).toBe(EMPTY);
    expect(s.attrString(xmlName('f'))).toBe('a>b');
    expect(s.attrString(xmlName('g'))).toBe('c>"d');
    s.next();
    expect(s.is(xmlName('d'))).toBe(true);
  });

  it('tells names apart by every byte and by length', () => {
    const s = scan('<rows/>');
    s.next();
    expect([s.is(xmlName('rows')), s.is(xmlName('row')), s.is(xmlName('rowz')), s.is(xmlName('rowsx'))]).toEqual([true, false, false, false]);
  });

  it('a name ends at white space, / or >', () => {
    expect(tags('<a\tb="1"><c\n/><d\r></d></a>', ['a', 'c', 'd'])).toEqual(['open a', 'empty c', 'open d', 'close d', 'close a']);
  });

  it('records where each tag starts and where scanning resumes', () => {
    const s = scan('ab<c/>de<f>');
    s.next();
    expect([s.tagStart, s.pos]).toEqual([2, 6]);
    s.next();
    expect([s.tagStart, s.pos]).toEqual([8, 11]);
    expect(s.next()).toBe(false);
    expect(s.pos).toBe(11);
  });

  it.each([
    ['a tag with no name', '<>'],
    ['a close tag with no name', '</>'],
    ['a prefix with no name', '<x:/>'],
    ['a tag never closed', '<c r="A1"'],
    ['a quote never closed', '<c r="A1/>'],
    ['a comment never closed', '<!-- <c/>'],
    ['a processing instruction never closed', '<?pi '],
    ['a CDATA section never closed', '<![CDATA[ x'],
    ['a doctype never closed', '<!DOCTYPE x'],
  ])('%s is DAMAGED, naming the part', (_, xml) => {
    damagedIn(() => {
      const s = scan(xml);
      while (s.next());
    });
  });
});

describe('attributes', () => {
  it('lists each with its local name and value, white space around = allowed', () => {
    expect(attrs(`<c r="A1"  t = 's' x:s="2"\n/>`)).toEqual(['r=A1', 't=s', 's=2']);
  });

  it('an empty value is a value', () => {
    expect(attrs('<c r=""/>')).toEqual(['r=']);
  });

  it('a tag with none has none, self-closing or not', () => {
    expect(attrs('<c/>')).toEqual([]);
    expect(attrs('<c >')).toEqual([]);
  });

  it('finds an attribute by its local name only, r:id answering to id', () => {
    const s = scan('<sheet name="县表" sheetId="3" r:id="rId7"/>');
    s.next();
    expect(s.attrString(xmlName('id'))).toBe('rId7');
    expect(s.attrString(xmlName('name'))).toBe('县表');
    expect(s.attrString(xmlName('sheet'))).toBeUndefined();
    expect(s.attrString(xmlName('Id'))).toBeUndefined();
    expect(s.attrString(xmlName('sheetI'))).toBeUndefined();
  });

  it('compares a value exactly', () => {
    const s = scan('<c t="str"/>');
    s.next();
    expect(s.attr(xmlName('t'))).toBe(true);
    expect([s.valueIs(xmlName('str')), s.valueIs(xmlName('s')), s.valueIs(xmlName('sts')), s.valueIs(xmlName('strs'))]).toEqual([true, false, false, false]);
  });

  it('decodes a value: entities and UTF-8', () => {
    const s = scan('<sheet name="甲&amp;乙 &lt;1&gt;"/>');
    s.next();
    expect(s.attrString(xmlName('name'))).toBe('甲&乙 <1>');
  });

  it('reads a whole number, -1 when absent, DAMAGED when not a whole number', () => {
    const s = scan('<c s="12" n="" m="-1" k="1.5"/>');
    s.next();
    expect(s.attrInt(xmlName('s'))).toBe(12);
    expect(s.attrInt(xmlName('z'))).toBe(-1);
    for (const bad of ['n', 'm', 'k']) damagedIn(() => s.attrInt(xmlName(bad)));
  });

  it('a name with no value is DAMAGED, alone or after others', () => {
    // A quote left open inside a tag never gets this far: next() refuses the tag first (above).
    for (const xml of ['<c r/>', '<c s="1" r/>']) {
      const s = scan(xml);
      s.next();
      damagedIn(() => s.attr(xmlName('q')));
    }
  });

  it('the quote a value opens with is the one that ends it', () => {
    expect(attrs(`<c a="it's" b='say "x"'/>`)).toEqual([`a=it's`, `b=say "x"`]);
  });
});

describe('text', () => {
  const textOf = (xml: string, then?: string): { text: string; number: number; empty: boolean; next: boolean; nextIs?: boolean } => {
    const s = scan(xml);
    s.next();
    s.readText();
    const text = s.textAsString();
    const result = { text, number: s.textAsNumber(), empty: s.textIsEmpty() };
    // readText() consumes the element's close tag: the next tag read is what follows it.
    const next = s.next();
    return then === undefined ? { ...result, next } : { ...result, next, nextIs: s.is(xmlName(then)) };
  };

  it('plain text, its entities and character references resolved', () => {
    expect(textOf('<t>a &amp; b &#x4E2D;&#25991; &quot;&apos;</t>').text).toBe('a & b 中文 "\'');
  });

  it('a number, and the close tag consumed', () => {
    expect(textOf('<v>0.25</v><c/>', 'c')).toEqual({ text: '0.25', number: 0.25, empty: false, next: true, nextIs: true });
  });

  it('an empty element and a self-closing one are empty text, NaN as a number', () => {
    expect(textOf('<v></v><c/>', 'c')).toEqual({ text: '', number: NaN, empty: true, next: true, nextIs: true });
    expect(textOf('<v/><c/>', 'c')).toEqual({ text: '', number: NaN, empty: true, next: true, nextIs: true });
  });

  it('text broken by CDATA and comments is joined, CDATA taken literally', () => {
    expect(textOf('<t>a<![CDATA[<b>&amp;]]>c<!-- x -->d<!-- a longer comment -->e</t><e/>', 'e')).toEqual({ text: 'a<b>&amp;cde', number: NaN, empty: false, next: true, nextIs: true });
  });

  it('a number inside CDATA is a number; an empty CDATA is empty text', () => {
    expect(textOf('<v><![CDATA[12.5]]></v>').number).toBe(12.5);
    const empty = textOf('<v><![CDATA[]]></v>');
    expect([empty.text, empty.empty]).toEqual(['', true]);
  });

  it.each([
    ['text with no close tag', '<t>abc'],
    ['a child element inside text', '<t>a<b/></t>'],
    ['CDATA never closed', '<t>a<![CDATA[b</t>'],
    ['text after CDATA with no close tag', '<t><![CDATA[b]]>c'],
  ])('%s is DAMAGED', (_, xml) => {
    damagedIn(() => textOf(xml));
  });

  it('text that is not UTF-8 is DAMAGED, plain or beside CDATA', () => {
    // 0xFF never occurs in UTF-8 (RFC 3629 §1).
    for (const [before, after] of [['<t>a', '</t>'], ['<t>a', '<![CDATA[b]]></t>']]) {
      const bytes = new Uint8Array([...strToU8(before!), 0xff, ...strToU8(after!)]);
      const s = new XmlScanner(bytes, PART);
      s.next();
      damagedIn(() => {
        s.readText();
        s.textAsString();
      });
    }
  });
});

describe('skip', () => {
  it('skips an element with its children, nested to any depth, and stops after its close tag', () => {
    const s = scan('<a><b><a/><b>x</b></b><c></c></a><d/>');
    s.next();
    s.skip();
    s.next();
    expect(s.is(xmlName('d'))).toBe(true);
  });

  it('does nothing after a self-closing or a close tag', () => {
    for (const xml of ['<a/><d/>', '</a><d/>']) {
      const s = scan(xml);
      s.next();
      s.skip();
      s.next();
      expect(s.is(xmlName('d')), xml).toBe(true);
    }
  });

  it('an element the part ends inside is DAMAGED', () => {
    const s = scan('<a><b></b>');
    s.next();
    damagedIn(() => s.skip());
  });
});
