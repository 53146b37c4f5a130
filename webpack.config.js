// Builds dist/ ready for any static HTTPS host: the task pane page with its bundle, the custom
// functions bundle (functions.js, named in the manifest), functions.json per locale, the manifest
// with its URLs on the base URL and the icons. Options, as `npm run build -- --env name=value`:
//   baseUrl   where dist/ will be served (default https://localhost:3000/, the dev server)
//   officeJs  where Office.js is loaded from (default Microsoft's CDN; a copy on an intranet host), or
//             `bundled`: the Excel runtime files copied from @microsoft/office-js into dist/office-js/
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { register } from 'tsx/esm/api';

register();
const { AddinFilesPlugin } = await import('./scripts/build/plugin.ts');
const { DEV_BASE, checkBaseUrl } = await import('./scripts/build/manifest.ts');
// --- Office.js: where the pages load it from (issue 11) ---
const { OFFICE_JS_BUNDLED, OfficeJsCopyPlugin } = await import('./scripts/build/officeJs.ts');
const { OLD_ENGINE_MESSAGE } = await import('./src/taskpane/oldEngine.ts');
// --- end Office.js ---

const root = path.dirname(fileURLToPath(import.meta.url));
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The certificates `npx office-addin-dev-certs install` writes, for the dev server's HTTPS. */
function devCerts() {
  const dir = path.join(homedir(), '.office-addin-dev-certs');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  return existsSync(cert) && existsSync(key) ? { type: 'https', options: { cert: readFileSync(cert), key: readFileSync(key) } } : 'http';
}

export default (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const base = checkBaseUrl(env.baseUrl ?? DEV_BASE);
  const bundledOfficeJs = env.officeJs === 'bundled';
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      // Its own layer, so that the rule below gives it the seeds without the fields no function reads.
      functions: { import: './src/functions/index.ts', layer: 'functions' },
    },
    output: {
      path: path.resolve(root, env.outDir ?? 'dist'),
      // functions.js hashed like the rest: Excel caches it, and the manifests point at the built name (scripts/build/plugin.ts).
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      // The task pane's lazily loaded chunks (gallery, overview, explanation, exceljs, Excel ops):
      // hashed like the entry, so a new build never meets a stale cached chunk.
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        { test: /\.[jt]sx?$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } },
        // The seed files (not seed.schema.json) in functions.js only: without the fields no function
        // reads, see scripts/build/functionsSeeds.ts. The task pane keeps the full seeds.
        { test: /[\\/]seeds[\\/][a-z]+-\d{4}-\d+\.json$/, issuerLayer: 'functions', loader: path.resolve(root, 'scripts/build/functionsSeeds.ts') },
        // The catalog in functions.js without its descriptions and help, which Excel reads from
        // functions.json instead: see scripts/build/functionsCatalog.ts.
        { test: /[\\/]src[\\/]catalog[\\/][a-z]+\.ts$/, issuerLayer: 'functions', loader: path.resolve(root, 'scripts/build/functionsCatalog.ts') },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // The shared runtime: the task pane page also carries the custom functions.
        chunks: ['taskpane', 'functions'],
        templateParameters: { officeJs: bundledOfficeJs ? OFFICE_JS_BUNDLED : (env.officeJs ?? OFFICE_JS_CDN), oldEngine: OLD_ENGINE_MESSAGE },
      }),
      new AddinFilesPlugin(base, !dev),
      ...(bundledOfficeJs ? [new OfficeJsCopyPlugin(path.join(root, 'node_modules/@microsoft/office-js/dist'))] : []),
    ],
    performance: { hints: false },
    devServer: { port: 3000, server: devCerts(), headers: { 'Access-Control-Allow-Origin': '*' } },
  };
};
