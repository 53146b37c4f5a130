/**
 * The custom functions metadata Excel loads (functions.json), generated from the catalog for each
 * UI language: ids and names stay ASCII (CARE.BEDSUBSIDY in every language, so no localized name can
 * collide with a built-in function), descriptions and parameter names follow the locale.
 */
import { CATALOG } from '../catalog';
import type { FunctionSpec } from '../catalog/types';

export const LOCALES = ['en-US', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** The metadata file of each locale; en-US is the default the manifest names, zh-CN its override. */
export const METADATA_FILE: Record<Locale, string> = { 'en-US': 'functions.json', 'zh-CN': 'functions.zh-CN.json' };

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  result: { type: string; dimensionality: 'scalar' };
  parameters: { name: string; description: string; type: string; dimensionality: 'scalar'; optional?: true }[];
}

function describe(spec: FunctionSpec, locale: Locale): FunctionMetadata {
  const zh = locale === 'zh-CN';
  return {
    id: spec.name,
    name: spec.name,
    description: zh ? spec.description.zh : spec.description.en,
    result: { type: spec.result.type, dimensionality: 'scalar' },
    parameters: spec.params.map((p) => ({
      name: zh ? p.label : p.name,
      description: zh ? p.help.zh : p.help.en,
      type: p.type,
      // Every parameter is scalar: Excel lifts a column passed to it and spills the results.
      dimensionality: 'scalar',
      ...(p.optional ? { optional: true as const } : {}),
    })),
  };
}

export function buildMetadata(locale: Locale): { functions: FunctionMetadata[] } {
  return { functions: CATALOG.map((spec) => describe(spec, locale)) };
}
