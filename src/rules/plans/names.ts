/**
 * How names typed by a user meet names written in the documents: width folded (NFKC), spaces and
 * case ignored, and a trailing unit in brackets dropped, so 每千名老年人养老床位数（张） finds its row.
 */
export function foldName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/\([^()]*\)$/u, '')
    .toLowerCase();
}

/** County names as users shorten them: 章贡区 -> 章贡, 瑞金市 -> 瑞金 (never below two characters). */
export function countyStem(s: string): string {
  const f = foldName(s);
  return f.length > 2 ? f.replace(/[区县市]$/u, '') : f;
}
