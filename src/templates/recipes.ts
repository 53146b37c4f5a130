/**
 * Which rule recipe a CARE function's budget line is made from, given the arguments that are fixed
 * on the sheet (the city, a line's words, a literal part). The counts stay open: they are the
 * recipe's inputs. A function not listed here has no recipe, and a budget that used it could not be
 * written portably (portable.ts says so when it is made).
 */
import { grade, isBlank } from '../rules/core/args';
import { ALLOWANCE_ITEM, AREA, BED_BUILD_TYPE, CITY, FUNDING_PART, SLOT_BUILD_TYPE, parseEnum } from '../rules/core/enums';
import { ARG } from '../rules/core/labels';
import { allowanceRecipe } from '../rules/subsidies/allowance';
import { bedSubsidyRecipe } from '../rules/subsidies/bedSubsidy';
import { opSubsidyRecipe } from '../rules/subsidies/opSubsidy';
import { ratingAwardRecipe } from '../rules/subsidies/ratingAward';
import type { Recipe } from '../rules/subsidies/recipe';
import { slotGrantRecipe } from '../rules/subsidies/slotGrant';
import { slotOpsRecipe } from '../rules/subsidies/slotOps';

type Fixed = Readonly<Record<string, unknown>>;

const part = (v: unknown) => (isBlank(v) ? ('total' as const) : parseEnum(FUNDING_PART, v));

export const RECIPES: Readonly<Record<string, (a: Fixed) => Recipe>> = {
  BEDSUBSIDY: (a) => bedSubsidyRecipe(parseEnum(CITY, a.city), parseEnum(BED_BUILD_TYPE, a.buildType)),
  OPSUBSIDY: (a) => opSubsidyRecipe(parseEnum(CITY, a.city), isBlank(a.grade) ? 0 : grade(ARG.grade, a.grade)),
  // A first award only: an upgrade's difference depends on a grade already held, which no budget line has.
  RATINGAWARD: (a) => {
    if (!isBlank(a.previousGrade)) throw new Error('RATINGAWARD with a previous grade has no portable recipe');
    return ratingAwardRecipe(grade(ARG.grade, a.grade));
  },
  SLOTGRANT: (a) => slotGrantRecipe(parseEnum(CITY, a.city), parseEnum(SLOT_BUILD_TYPE, a.buildType), parseEnum(AREA, a.area), part(a.part)),
  SLOTOPS: (a) => slotOpsRecipe(parseEnum(CITY, a.city), part(a.part)),
  ALLOWANCE: (a) => allowanceRecipe(parseEnum(ALLOWANCE_ITEM, a.item)),
};
