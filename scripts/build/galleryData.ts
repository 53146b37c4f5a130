/**
 * src/taskpane/galleryData.ts as the add-in's build carries it: the gallery's list computed now, as
 * JSON, in place of the code that computes it. A webpack loader (webpack.config.js). The list is the
 * one gallery() gives, worked out in a child process so that a rebuild in watch mode reads
 * the seeds and templates as they are now, not as this process first loaded them.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The gallery's list as JSON text, from the sources as they stand. */
export function galleryJson(): string {
  const script = "import('./src/templates/gallery.ts').then((m) => process.stdout.write(JSON.stringify(m.gallery())))";
  return execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
}

interface LoaderContext {
  addContextDependency(dir: string): void;
}

/** The webpack loader: the module's source is ignored; out comes the list it would compute. */
export default function galleryDataLoader(this: LoaderContext): string {
  for (const dir of ['seeds', 'src/templates', 'src/rules']) this.addContextDependency(path.join(root, dir));
  return `export const GALLERY = ${galleryJson()};\n`;
}
