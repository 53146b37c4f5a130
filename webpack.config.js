// Builds dist/ ready for any static HTTPS host: the task pane page with its bundle, the custom
// functions bundle (functions.js, named in the manifest), functions.json per locale, the manifest
// with its URLs on the base URL and the icons. Options, as `npm run build -- --env name=value`:
//   baseUrl   where dist/ will be served (default https://localhost:3000/, the dev server)
//   officeJs  where Office.js is loaded from (default Microsoft's CDN; a copy on an intranet host), or
//             `bundled`: the Excel runtime files copied from @microsoft/office-js into dist/office-js/
//   page      the workbench instead (`npm start`, scripts/start.ts): the pane as it runs in a plain
//             browser, into page/, for any static host or file://. No Office.js (it needs no host
//             and must fetch nothing from outside its own), no custom functions, no manifest.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { register } from 'tsx/esm/api';

register();
const { AddinFilesPlugin, ValidateSeedsPlugin } = await import('./scripts/build/plugin.ts');
const { DEV_BASE, checkBaseUrl } = await import('./scripts/build/manifest.ts');
// --- Office.js: where the pages load it from (issue 11) ---
const { OFFICE_JS_BUNDLED, OfficeJsCopyPlugin } = await import('./scripts/build/officeJs.ts');
const { OLD_ENGINE_MESSAGE } = await import('./src/taskpane/oldEngine.ts');
// --- end Office.js ---

const root = path.dirname(fileURLToPath(import.meta.url));
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** A seed file (not seed.schema.json). */
const SEED = /[\\/]seeds[\\/][a-z]+-\d{4}-\d+\.json$/u;

/**
 * The certificates `npx office-addin-dev-certs install` writes, for the dev server's HTTPS (Office
 * loads add-ins over HTTPS only). Without them the dev server (`npm run dev-server`, which
 * `npm run start:desktop` starts) says so and serves http, which Excel will not load.
 */
function devCerts() {
  const dir = path.join(homedir(), '.office-addin-dev-certs');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  if (existsSync(cert) && existsSync(key)) return { type: 'https', options: { cert: readFileSync(cert), key: readFileSync(key) } };
  // webpack-cli sets WEBPACK_SERVE for `webpack serve` only, so builds stay quiet.
  if (process.env.WEBPACK_SERVE) {
    console.warn(
      `\n缺少开发证书（${cert}）：Excel 只从 HTTPS 加载加载项。先运行 npx office-addin-dev-certs install。\n` +
        `Missing development certificates (${cert}): Excel loads add-ins over HTTPS only. Run npx office-addin-dev-certs install first.\n`,
    );
  }
  return 'http';
}

export default (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const base = checkBaseUrl(env.baseUrl ?? DEV_BASE);
  const bundledOfficeJs = env.officeJs === 'bundled';
  const page = Boolean(env.page);
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: page
      ? { taskpane: './src/entries/taskpane.tsx' }
      : {
          // Its own layer, so that the rules below give it the seeds without the fields no function reads.
          functions: { import: './src/functions/index.ts', layer: 'functions' },
          // The page's entry, which hands the Excel adapter to the pane (src/entries/taskpane.tsx). It
          // depends on functions.js (one webpack runtime for both, loaded first), so the pane's chunks
          // take the seeds' kept part from functions.js instead of carrying a second copy.
          taskpane: { import: './src/entries/taskpane.tsx', dependOn: 'functions' },
        },
    output: {
      path: path.resolve(root, env.outDir ?? (page ? 'page' : 'dist')),
      // functions.js hashed like the rest: Excel caches it, and the manifests point at the built name (scripts/build/plugin.ts).
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      // The task pane's lazily loaded chunks (gallery, overview, explanation, exceljs, Excel ops):
      // hashed like the entry, so a new build never meets a stale cached chunk.
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
      // Chunks sit beside the page that loads them (taskpane.html in Excel, on any host and under
      // file://), so their URLs are relative to it. 'auto' would find the folder from the running
      // script's address at start, which functions.js, now carrying the runtime, cannot count on.
      publicPath: '',
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        { test: /\.[jt]sx?$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } },
        // The seed files (not seed.schema.json), loaded once: `?kept` is a seed without the fields no
        // function reads (scripts/build/functionsSeeds.ts), in a layer of its own so that functions.js
        // and the pane import the same module; functions.js takes it as the seed, the pane joins it
        // with the fields left out (scripts/build/seedRest.ts).
        { test: SEED, resourceQuery: /^\?kept$/u, layer: 'seeds', loader: path.resolve(root, 'scripts/build/functionsSeeds.ts') },
        {
          test: SEED,
          resourceQuery: { not: [/^\?kept$/u] },
          type: 'javascript/auto',
          oneOf: [
            { issuerLayer: 'functions', loader: path.resolve(root, 'scripts/build/seedRest.ts'), options: { whole: false } },
            { loader: path.resolve(root, 'scripts/build/seedRest.ts'), options: { whole: true } },
          ],
        },
        // The catalog in functions.js without its descriptions and help, which Excel reads from
        // functions.json instead: see scripts/build/functionsCatalog.ts.
        { test: /[\\/]src[\\/]catalog[\\/][a-z]+\.ts$/, issuerLayer: 'functions', loader: path.resolve(root, 'scripts/build/functionsCatalog.ts') },
        // The gallery's list, computed now: the pane's first screen without the seeds and the templates' code.
        { test: /[\\/]src[\\/]taskpane[\\/]galleryData\.ts$/, loader: path.resolve(root, 'scripts/build/galleryData.ts') },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // The shared runtime: the task pane page also carries the custom functions.
        chunks: page ? ['taskpane'] : ['functions', 'taskpane'],
        // functions.js first: it carries the webpack runtime the pane's entry depends on.
        chunksSortMode: 'manual',
        templateParameters: {
          officeJs: page ? '' : bundledOfficeJs ? OFFICE_JS_BUNDLED : (env.officeJs ?? OFFICE_JS_CDN),
          oldEngine: OLD_ENGINE_MESSAGE,
        },
      }),
      new ValidateSeedsPlugin(),
      ...(page ? [] : [new AddinFilesPlugin(base, !dev)]),
      ...(bundledOfficeJs ? [new OfficeJsCopyPlugin(path.join(root, 'node_modules/@microsoft/office-js/dist'))] : []),
    ],
    performance: { hints: false },
    devServer: { port: 3000, server: devCerts(), headers: { 'Access-Control-Allow-Origin': '*' } },
  };
};
