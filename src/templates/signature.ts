/**
 * The lines a returned form carries for the people who answer for it: 填报单位 and 填报日期 over the
 * table, and under it the signature block (STYLE.md, "Official returns"). The checker reads these
 * words to know that the rows under a table are signatures, not counties.
 */

export const FILER = '填报单位：';
export const FILED_ON = '填报日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日';

/** The entries under the table, in reading order, each with room to write after its words. */
export const SIGNATURE_WORDS: readonly string[] = ['填报单位（盖章）：', '单位负责人：', '审核人：', '填报人：', '联系电话：', FILED_ON];

const FIRST_WORDS = [FILER, ...SIGNATURE_WORDS].map((w) => w.replace(/[：（].*$/u, ''));

/** Whether a cell's text is one of the signature block's (or the filer line's) words. */
export const isSignatureText = (text: string): boolean => FIRST_WORDS.some((w) => text.trim().startsWith(w));

/** The height of a signature row in points: room for a hand-written name and a stamp's edge. */
export const SIGNATURE_ROW_POINTS = 24;
