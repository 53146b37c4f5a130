/**
 * The one place the task pane meets Office.js. Inside Excel it waits for Office to be ready; opened
 * in a plain browser, where Office.js is absent or finds no host, it goes on at once.
 */
export interface OfficeReady {
  host: string | null;
}

export function officeReady(): Promise<OfficeReady> {
  const office = (globalThis as { Office?: { onReady(): Promise<{ host: unknown }> } }).Office;
  if (!office) return Promise.resolve({ host: null });
  return office.onReady().then((info) => ({ host: info.host ? String(info.host) : null }));
}

/** Office's display language (zh-CN, en-US, …) once Office is ready; null outside Office. */
export function displayLanguage(): string | null {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
  const lang = office?.context?.displayLanguage;
  return typeof lang === 'string' && lang !== '' ? lang : null;
}
