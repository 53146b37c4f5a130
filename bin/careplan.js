#!/usr/bin/env node
// The careplan command line. It runs the TypeScript sources through tsx, so it works right after
// `npm ci` with no build step, and as the installed `careplan` bin.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
