/** `pnpm --filter @taizhang/core fuzz [--seed N] [--scale F] [--input I]`: documents and grids, then the summary table. */

import { clean, formatSummary, parseFuzzOptions } from '@taizhang/testkit';
import { fuzzDocuments } from './documents.js';
import { fuzzGrids } from './grids.js';

const options = parseFuzzOptions(process.argv.slice(2));
console.log(`core fuzz: seed ${options.seed}, scale ${options.scale}`);
const rows = [fuzzDocuments(options, console.log), fuzzGrids(options, console.log)];
console.log(formatSummary(rows));
process.exitCode = clean(rows) ? 0 : 1;
