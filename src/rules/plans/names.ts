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

const COUNTY_SUFFIXES = ['新区', '区', '县', '市'];

/**
 * County names as users shorten them: 章贡区 -> 章贡, 瑞金市 -> 瑞金, 蓉江新区 -> 蓉江; a stem keeps
 * at least two characters, so 高新区 is 高新, not 高.
 */
export function countyStem(s: string): string {
  const f = foldName(s);
  for (const suffix of COUNTY_SUFFIXES) {
    if (f.endsWith(suffix) && f.length - suffix.length >= 2) return f.slice(0, -suffix.length);
  }
  return f;
}
