/**
 * The custom functions bundle: binds every catalog function to its id in functions.json. It runs in
 * the shared runtime beside the task pane, where Office.js provides the CustomFunctions global. The
 * adapter is handed that global itself, not its Error class: Error arrives on it later (adapter.ts).
 *
 * taskpane.html loads Office.js with an async script, so this bundle may run before it: then it
 * binds when that script has loaded. office.js defines CustomFunctions as it runs and only then
 * injects the Excel host file, which registers the associations once Office is ready
 * (excel-win32-16.01.debug.js:59733-59741), so binding at the script's load event is in time.
 */
import { CATALOG } from '../catalog';
import { adapt, type ExcelRuntime } from './adapter';

type Runtime = ExcelRuntime & { associate(id: string, fn: (...args: unknown[]) => unknown): void };

const runtime = (): Runtime | undefined => (globalThis as { CustomFunctions?: Runtime }).CustomFunctions;

function bind(): void {
  const r = runtime();
  if (r) for (const spec of CATALOG) r.associate(spec.name, adapt(spec, r));
}

// Outside Excel (the page opened in a plain browser) office.js defines CustomFunctions too; its
// associations are then never read. Without Office.js there is nothing to bind.
if (runtime()) bind();
else if (typeof document !== 'undefined') document.querySelector('script[data-office-js]')?.addEventListener('load', bind, { once: true });
