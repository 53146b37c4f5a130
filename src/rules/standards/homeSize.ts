import { count, grade, isBlank } from '../core/args';
import { parseAsOf } from '../core/dates';
import { CITY, HOME_KIND, parseEnum } from '../core/enums';
import { ARG } from '../core/labels';
import { msg } from '../core/messages';
import type { Bilingual } from '../data/schema';
import type { RuleResult } from '../core/result';
import { boundOf, hasParameter, passes, rangeOf, resolve, sourceOf, valueOf } from '../data/registry';

export interface HomeSizeInput {
  city: unknown;
  kind: unknown;
  beds: unknown;
  grade?: unknown;
  asOf?: unknown;
}

/** The size standard of each kind of home, and the rating it must also reach where the city sets one. */
export const HOME_SIZE_SOURCE: Readonly<Record<keyof typeof HOME_KIND.options, { beds: string; grade?: string }>> = {
  townshipHome: { beds: 'homeSize.townshipHome' },
  nursingHome: { beds: 'homeSize.nursingHome' },
  hardshipCare: { beds: 'homeSize.hardshipCareInstitution', grade: 'homeSize.hardshipCareInstitutionGrade' },
};

/**
 * Whether a planned home of so many beds meets the city's standard for its kind: within a span
 * (吉安 乡镇敬老院 40 至 150 张, both ends included) or at least a minimum (鹰潭 300 张以上). Where the
 * standard also names a rating grade (赣州 三级及以上), a grade given is checked too; without one a
 * note says it is still due. The bounds are in the notes, the clauses in the sources.
 * @example homeSize({ city: '吉安', kind: '乡镇敬老院', beds: 160 }).value // false
 */
export function homeSize(input: HomeSizeInput): RuleResult<boolean> {
  const city = parseEnum(CITY, input.city);
  const kind = parseEnum(HOME_KIND, input.kind);
  const beds = count(ARG.beds, input.beds);
  const given = isBlank(input.grade) ? undefined : grade(ARG.grade, input.grade);
  const asOf = parseAsOf(input.asOf);
  const spec = HOME_SIZE_SOURCE[kind];
  const entry = resolve(city, spec.beds, asOf);
  const sources = [sourceOf(entry)];
  const notes: Bilingual[] = [];
  let meets: boolean;
  if (entry.param.kind === 'range') {
    const { min, max } = rangeOf(entry);
    meets = beds >= min && beds <= max;
    notes.push(msg.beds(min, max));
  } else {
    meets = passes(beds, valueOf(entry), boundOf(entry));
    notes.push(msg.beds(valueOf(entry)));
  }
  if (spec.grade && hasParameter(city, spec.grade)) {
    const g = resolve(city, spec.grade, asOf);
    sources.push(sourceOf(g));
    if (given === undefined) notes.push(msg.gradeNotGiven(valueOf(g)));
    else meets = meets && passes(given, valueOf(g), boundOf(g));
  }
  return { value: meets, unit: 'boolean', sources, notes };
}
