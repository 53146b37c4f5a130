import type { Label } from '../core/messages';

/** A rating grade's words in a message: 0 is unrated. */
export function gradeLabel(k: string): Label {
  return k === '0' ? { zh: '未评级', en: 'unrated' } : { zh: `${k}级`, en: `grade ${k}` };
}
