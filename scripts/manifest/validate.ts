/**
 * Offline checks of the add-in only manifest: what can be checked without Microsoft's online
 * validator (which `npm run validate:online` calls). Each problem is one sentence naming the element.
 */
import { child, parseXml, walk, type XmlElement } from './xml';

/** The order of OfficeApp's children in the TaskPaneApp schema (optional ones included). */
const TOP_ORDER = ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides'];
const TOP_REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'DefaultSettings', 'Permissions'];
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const CUSTOM_FUNCTIONS_ORDER = ['Script', 'Page', 'Metadata', 'Namespace'];
/** Which resource list each referring element must point into. */
const RESOURCE_KIND: Record<string, string> = {
  SourceLocation: 'bt:Urls',
  Runtime: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  'bt:Image': 'bt:Images',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Namespace: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};
const MAX_LENGTH: Record<string, number> = { 'bt:ShortStrings': 125, 'bt:LongStrings': 250, DisplayName: 125, Description: 250 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export interface ManifestCheck {
  /** The permission the code needs; a manifest asking for more (or less) is refused. */
  permission: string;
  /** Where the built files are, to check every URL points at a file that exists. */
  fileExists?: (relativePath: string) => boolean;
}

function orderProblems(parent: XmlElement, order: readonly string[], where: string): string[] {
  const names = parent.children.map((c) => c.name);
  const unknown = names.filter((n) => !order.includes(n)).map((n) => `${where}: unexpected element <${n}>`);
  const known = names.filter((n) => order.includes(n));
  const sorted = [...known].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const misplaced = known.join() === sorted.join() ? [] : [`${where}: elements out of schema order: ${known.join(', ')} (expected ${sorted.join(', ')})`];
  return [...unknown, ...misplaced];
}

function resources(root: XmlElement): Map<string, { kind: string; el: XmlElement }> {
  const out = new Map<string, { kind: string; el: XmlElement }>();
  const res = child(child(root, 'VersionOverrides'), 'Resources');
  for (const list of res?.children ?? []) for (const el of list.children) out.set(el.attrs.id ?? '', { kind: list.name, el });
  return out;
}

const values = (el: XmlElement): string[] => [el.attrs.DefaultValue ?? '', ...el.children.filter((c) => c.name.endsWith('Override')).map((o) => o.attrs.Value ?? '')];

export function validateManifest(xml: string, check: ManifestCheck): string[] {
  const root = parseXml(xml);
  if (typeof root === 'string') return [root];
  const problems: string[] = [];
  if (root.name !== 'OfficeApp' || root.attrs['xsi:type'] !== 'TaskPaneApp') problems.push('the root must be <OfficeApp xsi:type="TaskPaneApp">');
  problems.push(...orderProblems(root, TOP_ORDER, 'OfficeApp'));
  for (const name of TOP_REQUIRED) if (!child(root, name)) problems.push(`OfficeApp: required element <${name}> is missing`);

  const id = child(root, 'Id')?.text ?? '';
  if (!GUID.test(id)) problems.push(`Id must be a GUID: ${id}`);
  const version = child(root, 'Version')?.text ?? '';
  if (!/^\d+(\.\d+){0,3}$/u.test(version)) problems.push(`Version must be n.n.n.n: ${version}`);
  const permission = child(root, 'Permissions')?.text ?? '';
  if (!PERMISSIONS.includes(permission)) problems.push(`Permissions must be one of ${PERMISSIONS.join(', ')}: ${permission}`);
  else if (permission !== check.permission) problems.push(`Permissions is ${permission}, but the code needs ${check.permission}`);
  for (const name of ['DisplayName', 'Description']) {
    for (const v of values(child(root, name) ?? { name, attrs: {}, children: [], text: '' })) {
      if (v.length > MAX_LENGTH[name]!) problems.push(`${name} is longer than ${MAX_LENGTH[name]} characters: ${v}`);
    }
  }
  const sets = [...walk(child(root, 'Requirements') ?? root)].filter((e) => e.name === 'Set').map((e) => e.attrs.Name);
  for (const set of ['SharedRuntime', 'CustomFunctionsRuntime']) if (!sets.includes(set)) problems.push(`Requirements must declare the ${set} set`);

  const res = resources(root);
  for (const [rid, { kind, el }] of res) {
    if (rid.length === 0 || rid.length > 32) problems.push(`resource id must have 1 to 32 characters: ${rid}`);
    const max = MAX_LENGTH[kind];
    for (const v of values(el)) if (max && v.length > max) problems.push(`${rid} is longer than ${max} characters`);
  }
  const overrides = child(root, 'VersionOverrides');
  for (const el of overrides ? walk(overrides) : []) {
    const rid = el.attrs.resid;
    if (rid === undefined) continue;
    const found = res.get(rid);
    if (!found) problems.push(`<${el.name} resid="${rid}"> refers to no resource`);
    else if (RESOURCE_KIND[el.name] && RESOURCE_KIND[el.name] !== found.kind) problems.push(`<${el.name} resid="${rid}"> must refer to ${RESOURCE_KIND[el.name]}, not ${found.kind}`);
  }

  const cf = [...walk(root)].find((e) => e.name === 'ExtensionPoint' && e.attrs['xsi:type'] === 'CustomFunctions');
  if (!cf) problems.push('no CustomFunctions extension point');
  else {
    problems.push(...orderProblems(cf, CUSTOM_FUNCTIONS_ORDER, 'CustomFunctions'));
    const ns = res.get(child(cf, 'Namespace')?.attrs.resid ?? '')?.el.attrs.DefaultValue ?? '';
    if (!/^[A-Za-z][A-Za-z0-9.]{0,31}$/u.test(ns)) problems.push(`the custom functions namespace must be 1 to 32 letters, digits or periods: ${ns}`);
    const page = child(child(cf, 'Page'), 'SourceLocation')?.attrs.resid;
    const runtime = [...walk(root)].find((e) => e.name === 'Runtime');
    if (!runtime || runtime.attrs.resid !== page || runtime.attrs.lifetime !== 'long') problems.push('the shared runtime must be <Runtime lifetime="long"> on the custom functions page');
  }

  const urls = [...walk(root)].flatMap((e) => [e.attrs.DefaultValue, e.attrs.Value]).filter((v): v is string => !!v && /^[a-z]+:\/\//iu.test(v));
  const page = child(child(root, 'DefaultSettings'), 'SourceLocation')?.attrs.DefaultValue ?? '';
  const base = page.slice(0, page.lastIndexOf('/') + 1);
  for (const url of urls) {
    if (!url.startsWith('https://')) problems.push(`URL must be https: ${url}`);
    else if (!url.startsWith(base)) problems.push(`URL is not under the add-in's base ${base}: ${url}`);
    else if (check.fileExists && !check.fileExists(url.slice(base.length).split(/[?#]/u)[0]!)) problems.push(`URL points at no built file: ${url}`);
  }
  return problems;
}
