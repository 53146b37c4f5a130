/**
 * The other programs some tests need: LibreOffice Calc (recalculates and re-saves the .xlsx files
 * careplan writes) and Chromium (runs the built task pane). .ci/run installs both. A developer
 * machine without one skips those tests and says so; under CI they run, and fail when the program is
 * missing, so that a missing install step cannot hide behind a skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** CI is set by every CI service, as `true` or `1`; `false` or `0` says it is not CI. */
export const underCI = (env: NodeJS.ProcessEnv = process.env): boolean => {
  const v = (env.CI ?? '').trim().toLowerCase();
  return v !== '' && v !== 'false' && v !== '0';
};

/** The LibreOffice binary on PATH, by either of the names Debian installs. */
export const SOFFICE: string | undefined = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version']).status === 0);

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = (): boolean => existsSync(CHROMIUM);

/** Whether tests needing `program` skip: only where it is missing and this is not CI. */
export const skipWithout = (found: boolean): boolean => !found && !underCI();
