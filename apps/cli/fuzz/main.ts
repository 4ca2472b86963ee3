/** `pnpm --filter @taizhang/cli fuzz [--seed N] [--scale F] [--input I]`: documents and workbooks through taizhang, then the summary table. */
import { clean, formatSummary, parseFuzzOptions } from '@taizhang/testkit';
import { fuzzDocumentFiles } from './documents.js';
import { fuzzWorkbooks } from './workbooks.js';

const options = parseFuzzOptions(process.argv.slice(2));
console.log(`cli fuzz: seed ${options.seed}, scale ${options.scale}`);
const rows = [await fuzzDocumentFiles(options, console.log), await fuzzWorkbooks(options, console.log)];
console.log(formatSummary(rows));
process.exitCode = clean(rows) ? 0 : 1;
