/**
 * The progress circular's words: each county's 备注 and the sentence naming those behind, as a 通报
 * writes them (“进度较慢的是 X县、Y县”).
 */
import { STATUS_WORDS, type CountyStatus } from './messages';

const list = (xs: readonly (string | number)[]): string => xs.join('、');
const years = (ys: readonly number[]): string => (ys.length === 1 ? `${ys[0]}年` : `${ys[0]}—${ys.at(-1)}年`);
const n = (v: number): string => String(Number(v.toFixed(2)));

/** A completion rate as the 进度通报 sheet formats it (NUM_FMT.share, 0.0%), on screen and on the pane's bars. */
export const ratePercent = (rate: number): string => `${(rate * 100).toFixed(1)}%`;

export const PROGRESS_MSG = {
  notRated: (status: CountyStatus): string => `${STATUS_WORDS[status].zh}，未参与排名`,
  taskNote: (owed: number, done: number, unit: string, blank: readonly number[], below: readonly number[]): string => {
    const parts = [done >= owed ? `已完成${done > owed ? `，超额 ${n(done - owed)}${unit}` : ''}` : `差 ${n(owed - done)}${unit}`];
    if (below.length) parts.push(`${list(below)}年低于当年任务`);
    if (blank.length) parts.push(`${list(blank)}年未填报（按 0 计）`);
    return parts.join('；');
  },
  levelBlank: (year: number): string => `${year}年末数未填报，未参与排名`,
  levelNote: (year: number, goal: number, level: number, unit: string, base: { year: number | null; value: number } | null): string => {
    const head = level >= goal ? `已达到${year}年目标` : `距${year}年目标差 ${n(goal - level)}${unit}`;
    return base ? `${head}；较${base.year ?? ''}年基数 ${n(base.value)} 增加 ${n(level - base.value)}，应增加 ${n(goal - base.value)}` : head;
  },
  sentence: (measure: string, slow: readonly string[], unrated: readonly string[], counted: readonly number[], task: boolean): string => {
    const what = task ? `${years(counted)}任务` : `${years(counted)}目标`;
    const head = slow.length ? `${measure}（${what}）：进度较慢的是 ${list(slow)}。` : `${measure}（${what}）：参与排名的县（市、区）均已完成。`;
    return unrated.length ? `${head}${list(unrated)}未参与排名。` : head;
  },
  heading: (i: number, measure: string, unit: string, task: boolean, counted: readonly number[], base: { year: number | null; measure: string } | null): string => {
    const rule = task ? `${years(counted)}各年任务之和` : base ? `${years(counted)}末应增至数，完成率按较${base.year ?? ''}年${base.measure}的增量计` : `${years(counted)}末应增至数`;
    return `${CHINESE_ORDINALS[i] ?? String(i + 1)}、${measure}（单位：${unit}；目标任务为${rule}）`;
  },
  basis: (basis: string): string => `依据：${basis}`,
  title: (cityTitle: string, asOf: string): string => `${cityTitle}完成情况通报（截至 ${asOf}）`,
};

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
