/**
 * `npm start`: the product's front door. Builds the workbench (the task pane as it runs in a plain
 * browser, `webpack --env page`, into page/) when it is missing or older than its sources, serves it
 * over http on a port of its own (8080, or PORT; not the add-in's 3000) with the page at the root
 * URL, and prints the address. Only this computer can reach it (bound to the loopback address): the
 * page reads county workbooks, which can hold personal data. The https dev server for sideloading
 * into Excel is `npm run dev-server`, started by `npm run start:desktop`.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES } from './build/contentTypes';

const root = fileURLToPath(new URL('../', import.meta.url));
const PAGE = path.join(root, 'page');
const INDEX = 'taskpane.html';
/** What the page is built from: newer than the built page means it is rebuilt. */
const SOURCES = ['src', 'seeds', 'webpack.config.js', 'scripts/build', 'package-lock.json'];
const DEFAULT_PORT = 8080;

/** The newest modification time under a file or folder (0 when it does not exist). */
function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), s.mtimeMs);
}

function buildIfStale(): void {
  const built = newest(path.join(PAGE, INDEX));
  const sources = Math.max(...SOURCES.map((s) => newest(path.join(root, s))));
  if (built > sources) {
    console.log('页面已是最新，不需构建。 / The page is up to date.');
    return;
  }
  console.log(built ? '源代码有改动，正在重新构建页面… / Sources changed; rebuilding the page…' : '正在构建页面… / Building the page…');
  const webpack = path.join(root, 'node_modules/webpack/bin/webpack.js');
  const r = spawnSync(process.execPath, [webpack, '--mode', 'production', '--env', 'page'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('页面构建失败（见上面的输出）。 / Building the page failed (see the output above).');
    process.exit(1);
  }
}

/** The built file a request names, or null: only GET and HEAD, only files inside page/. */
function fileFor(req: IncomingMessage): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return null;
  }
  const file = path.resolve(PAGE, `.${pathname === '/' ? `/${INDEX}` : pathname}`);
  if (!file.startsWith(PAGE + path.sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

function answer(req: IncomingMessage, res: ServerResponse): void {
  const file = fileFor(req);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('没有这个文件。 / Not found.\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    // A rebuild must reach the browser at once; the hashed chunks are small.
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

function serve(port: number): void {
  const server = createServer(answer);
  server.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE') {
      console.error(`端口 ${port} 已被占用：换一个端口，例如 PORT=8081 npm start / Port ${port} is in use: choose another, e.g. PORT=8081 npm start`);
    } else {
      console.error(`无法在端口 ${port} 上提供页面（${e.code ?? e.message}）。 / Cannot serve the page on port ${port} (${e.code ?? e.message}).`);
    }
    process.exit(2);
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    console.log(`careplan 工作台 / workbench: http://localhost:${bound}/`);
    console.log('在浏览器中打开上面的地址；按 Ctrl+C 结束。 / Open the address above in a browser; Ctrl+C stops.');
  });
}

function portFromEnv(): number {
  const raw = process.env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT 应为 0 到 65535 的整数，收到 "${raw}"。 / PORT must be an integer from 0 to 65535, got "${raw}".`);
    process.exit(64);
  }
  return port;
}

const port = portFromEnv();
buildIfStale();
serve(port);
