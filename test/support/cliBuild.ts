/**
 * vitest globalSetup: the CLI tests start the built bin, as a user's `careplan` runs, so it is built
 * (scripts/build/cli.ts, which also validates the seeds) when missing or older than its sources.
 */
import { buildCli, cliIsStale } from '../../scripts/build/cli';

export default async function setup(): Promise<void> {
  if (cliIsStale()) await buildCli();
}
