import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtManifest, checkBaseUrl, rebase } from '../../scripts/build/manifest';
import { permissionNeeded } from '../../scripts/manifest/permission';
import { validateManifest } from '../../scripts/manifest/validate';

const xml = readFileSync(new URL('../../manifest.xml', import.meta.url), 'utf8');
const check = { permission: 'ReadWriteDocument' };
const problems = (x: string) => validateManifest(x, check);

describe('manifest.xml, checked offline', () => {
  it('passes, and asks to read and write the document: the pane inserts templates and marks cells', () => {
    expect(permissionNeeded(fileURLToPath(new URL('../../src', import.meta.url)))).toBe('ReadWriteDocument');
    expect(problems(xml)).toEqual([]);
  });
  it('refuses XML that is not well-formed', () => {
    expect(problems(xml.replace('</Hosts>', ''))[0]).toMatch(/^not well-formed XML/u);
  });
  it('refuses elements out of the schema’s order and missing required ones', () => {
    const swapped = xml.replace(/(<Version>.*?<\/Version>)\s*(<ProviderName>.*?<\/ProviderName>)/su, '$2$1');
    expect(problems(swapped).join()).toContain('out of schema order');
    expect(problems(xml.replace(/<DefaultLocale>.*?<\/DefaultLocale>/u, '')).join()).toContain('<DefaultLocale> is missing');
  });
  it('refuses a resid that is not defined, or points into the wrong list', () => {
    expect(problems(xml.replace('resid="Group.Label"', 'resid="Group.Labl"')).join()).toContain('refers to no resource');
    expect(problems(xml.replace('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Taskpane.Url"/>')).join()).toContain('must refer to bt:ShortStrings');
  });
  it('refuses a namespace over 32 characters, a long resource id and an over-long string', () => {
    expect(problems(xml.replace('DefaultValue="CARE"', `DefaultValue="${'C'.repeat(33)}"`)).join()).toContain('namespace');
    expect(problems(xml.replaceAll('Functions.Metadata.Url', 'Functions.Metadata.Url.For.All.Locales')).join()).toContain('1 to 32 characters');
    expect(problems(xml.replace('DefaultValue="Care plan"', `DefaultValue="${'x'.repeat(126)}"`)).join()).toContain('longer than 125');
  });
  it('refuses a permission beyond what the code uses, and an http or foreign URL', () => {
    expect(validateManifest(xml, { permission: 'Restricted' }).join()).toContain('needs Restricted');
    expect(problems(xml.replace('https://localhost:3000/functions.js', 'http://localhost:3000/functions.js')).join()).toContain('must be https');
    expect(problems(xml.replace('https://localhost:3000/functions.js', 'https://cdn.example.com/functions.js')).join()).toContain('not under');
  });
  it('refuses custom functions that are not in the shared runtime', () => {
    expect(problems(xml.replace('lifetime="long"', 'lifetime="short"')).join()).toContain('shared runtime');
  });
});

describe('hosting the built files anywhere', () => {
  it('moves every URL, not only the first, to the base URL of the build', () => {
    const moved = builtManifest('https://intranet.example.gov.cn/careplan/');
    expect(moved).not.toContain('localhost');
    expect(moved.split('https://intranet.example.gov.cn/careplan/').length - 1).toBe(xml.split('https://localhost:3000/').length - 1);
    expect(problems(moved)).toEqual([]);
  });
  it('refuses a base URL that is not https or does not end with a slash', () => {
    expect(() => checkBaseUrl('http://intranet/careplan/')).toThrow(/https/u);
    expect(() => checkBaseUrl('https://intranet/careplan')).toThrow(/slash/u);
    expect(() => rebase(xml, 'not a url')).toThrow(/not a URL/u);
  });
});
