/**
 * The custom functions bundle: binds every catalog function to its id in functions.json. It runs in
 * the shared runtime beside the task pane, where Office.js provides the CustomFunctions global. The
 * adapter is handed that global itself, not its Error class: Error arrives on it later (adapter.ts).
 */
import { CATALOG } from '../catalog';
import { adapt, type ExcelRuntime } from './adapter';

type Runtime = ExcelRuntime & { associate(id: string, fn: (...args: unknown[]) => unknown): void };

// Outside Excel (the page opened in a plain browser) there is no runtime and nothing to bind.
const runtime = (globalThis as { CustomFunctions?: Runtime }).CustomFunctions;
if (runtime) for (const spec of CATALOG) runtime.associate(spec.name, adapt(spec, runtime));
