/** A1 cell addresses: a 0-based row and column as Excel names them, and back; a sheet's name as a reference writes it. */

/** A1 address of a 0-based row and column. */
export function a1(r: number, c: number): string {
  let col = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
  return `${col}${r + 1}`;
}

/** The 0-based row and column of an A1 address ($ signs allowed). */
export function parseA1(address: string): { r: number; c: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/u.exec(address.toUpperCase());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** A sheet's name as a formula or a link writes it before `!`: in single quotes, a quote inside doubled. */
export const quotedSheet = (name: string): string => `'${name.replace(/'/gu, "''")}'`;
