/**
 * Adds to every build the files Excel needs beside the bundles: the manifest (and the task-pane-only
 * manifest for Excels without custom functions) with its URLs on the
 * build's base URL, the functions metadata of each locale (generated from the catalog) and the icons.
 */
import type { Compiler } from 'webpack';
import { buildMetadata, LOCALES, METADATA_FILE } from '../../src/functions/metadata';
import { validateSeeds } from '../../src/rules/data/validate';
import { builtManifest, taskpaneOnlyManifest } from './manifest';
import { ICON_SIZES, iconPng } from './png';

export function addinFiles(base: string): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = { 'manifest.xml': builtManifest(base), 'manifest-taskpane.xml': taskpaneOnlyManifest(base) };
  for (const locale of LOCALES) files[METADATA_FILE[locale]] = `${JSON.stringify(buildMetadata(locale), null, 2)}\n`;
  for (const size of ICON_SIZES) files[`assets/icon-${size}.png`] = iconPng(size);
  return files;
}

export class AddinFilesPlugin {
  constructor(private readonly base: string) {}

  apply(compiler: Compiler): void {
    const { RawSource } = compiler.webpack.sources;
    // The bundles carry the seed data unvalidated; a malformed seed fails the build here.
    compiler.hooks.beforeCompile.tap('AddinFilesPlugin', () => validateSeeds());
    compiler.hooks.thisCompilation.tap('AddinFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'AddinFilesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [name, content] of Object.entries(addinFiles(this.base))) compilation.emitAsset(name, new RawSource(content));
      });
    });
  }
}
