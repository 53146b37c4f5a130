/**
 * Adds to every add-in build (not the workbench page) the files Excel needs beside the bundles: the
 * manifest (and the task-pane-only manifest for Excels without custom functions) with its URLs on
 * the build's base URL, the functions metadata of each locale (generated from the catalog) and the
 * icons. ValidateSeedsPlugin checks the seeds in every build, the page's too.
 *
 * Excel caches functions.js and functions.json by URL ("Clear the Office cache" is the documented
 * remedy: office-js-docs-pr docs/testing/clear-cache.md), so a production build names them by their
 * content (functions.1a2b3c4d.js, functions.zh-CN.5e6f7a8b.json) and both manifests point at those
 * names. A development build keeps the plain names that manifest.xml itself holds.
 */
import { createHash } from 'node:crypto';
import type { Compilation, Compiler } from 'webpack';
import { buildMetadata, LOCALES, METADATA_FILE } from '../../src/functions/metadata';
import { validateSeeds } from '../../src/rules/data/validate';
import { builtManifest, taskpaneOnlyManifest } from './manifest';
import { ICON_SIZES, iconPng } from './png';

/** A file name with the first 8 hex digits of its content's SHA-256 before the extension. */
export const hashedName = (name: string, content: string): string =>
  name.replace(/(\.[a-z]+)$/u, `.${createHash('sha256').update(content).digest('hex').slice(0, 8)}$1`);

/**
 * The files, with `functionsJs` the name the build gave functions.js; `hashed` names the metadata by
 * its content and points the manifests at the names given.
 */
export function addinFiles(base: string, functionsJs = 'functions.js', hashed = false): Record<string, string | Buffer> {
  const renamed: Record<string, string> = { 'functions.js': functionsJs };
  const files: Record<string, string | Buffer> = {};
  for (const locale of LOCALES) {
    const content = `${JSON.stringify(buildMetadata(locale), null, 2)}\n`;
    const name = hashed ? hashedName(METADATA_FILE[locale], content) : METADATA_FILE[locale];
    renamed[METADATA_FILE[locale]] = name;
    files[name] = content;
  }
  const point = (xml: string) => xml.replace(/(=")([^"]*\/)(functions(?:\.zh-CN)?\.(?:js|json))"/gu, (all, eq: string, dir: string, file: string) => `${eq}${dir}${renamed[file] ?? file}"`);
  files['manifest.xml'] = point(builtManifest(base));
  files['manifest-taskpane.xml'] = point(taskpaneOnlyManifest(base));
  for (const size of ICON_SIZES) files[`assets/icon-${size}.png`] = iconPng(size);
  return files;
}

/** The file the build wrote for the functions entry (its content-hashed name in production). */
function functionsFile(compilation: Compilation): string {
  const file = [...(compilation.namedChunks.get('functions')?.files ?? [])].find((f) => f.endsWith('.js'));
  if (!file) throw new Error('the build has no functions bundle to name in the manifest');
  return file;
}

/**
 * Every build, the add-in's and the workbench page's alike: the bundles carry the seed data
 * unvalidated, so a malformed seed fails the build here.
 */
export class ValidateSeedsPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.beforeCompile.tap('ValidateSeedsPlugin', () => validateSeeds());
  }
}

export class AddinFilesPlugin {
  constructor(
    private readonly base: string,
    private readonly hashed: boolean,
  ) {}

  apply(compiler: Compiler): void {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('AddinFilesPlugin', (compilation) => {
      // After webpack's real content hashes (PROCESS_ASSETS_STAGE_OPTIMIZE_HASH), which can rename the bundles.
      compilation.hooks.processAssets.tap({ name: 'AddinFilesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, () => {
        for (const [name, content] of Object.entries(addinFiles(this.base, functionsFile(compilation), this.hashed))) compilation.emitAsset(name, new RawSource(content));
      });
    });
  }
}
