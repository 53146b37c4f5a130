// A worker thread of `careplan check` on a folder: the TypeScript sources through tsx, as bin/careplan.js.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/worker.ts');
