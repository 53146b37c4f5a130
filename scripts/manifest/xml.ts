/** A small element tree over fast-xml-parser's ordered output, enough to walk a manifest. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

function convert(node: Ordered): XmlElement | undefined {
  const name = Object.keys(node).find((k) => k !== ':@');
  if (name === undefined || name === '#text' || name === '#comment' || name.startsWith('?')) return undefined;
  const raw = (node[name] as Ordered[]) ?? [];
  const attrs = Object.fromEntries(Object.entries(node[':@'] ?? {}).map(([k, v]) => [k.replace(/^@_/u, ''), String(v)]));
  const children = raw.map(convert).filter((c): c is XmlElement => c !== undefined);
  const text = raw.map((c) => (typeof c['#text'] === 'string' || typeof c['#text'] === 'number' ? String(c['#text']) : '')).join('').trim();
  return { name, attrs, children, text };
}

/** The root element, or the parser's own words on where the XML is not well-formed. */
export function parseXml(xml: string): XmlElement | string {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`;
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', commentPropName: '#comment', parseTagValue: false });
  const nodes = (parser.parse(xml) as Ordered[]).map(convert).filter((c): c is XmlElement => c !== undefined);
  return nodes[0] ?? 'no root element';
}

export function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => el?.children.find((c) => c.name === name);
