/**
 * `npm start`: the product's front door. Builds the workbench (the task pane as it runs in a plain
 * browser, `webpack --env page`, into page/) when it is missing or older than its sources, serves it
 * over http on a port of its own (8080, or PORT; not the add-in's 3000) with the page at the root
 * URL, and prints the address. Only this computer can reach it (bound to the loopback address): the
 * page reads county workbooks, which can hold personal data. The https dev server for sideloading
 * into Excel is `npm run dev-server`, started by `npm run start:desktop`.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync, utimesSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES } from './build/contentTypes';
import { modified, newestSource } from './build/sources';

const root = fileURLToPath(new URL('../', import.meta.url));
const PAGE = path.join(root, 'page');
const INDEX = 'taskpane.html';
const DEFAULT_PORT = 8080;

function buildIfStale(): void {
  const built = modified(path.join(PAGE, INDEX));
  if (built > newestSource(root)) {
    console.log('页面已是最新，不需构建。 / The page is up to date.');
    return;
  }
  console.log(built ? '源代码有改动，正在重新构建页面… / Sources changed; rebuilding the page…' : '正在构建页面… / Building the page…');
  const webpack = path.join(root, 'node_modules/webpack/bin/webpack.js');
  const started = new Date();
  const r = spawnSync(process.execPath, [webpack, '--mode', 'production', '--env', 'page'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('页面构建失败（见上面的输出）。 / Building the page failed (see the output above).');
    process.exit(1);
  }
  // webpack leaves a file it would write unchanged untouched (output.compareBeforeEmit), so after a
  // change that does not alter the page's HTML its time would stay older than the sources and every
  // start would build again. The page is stamped with the build's start instead: a source saved
  // while the build ran is still newer, and is built next time.
  utimesSync(path.join(PAGE, INDEX), started, started);
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
