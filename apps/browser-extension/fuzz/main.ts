/** `pnpm --filter @taizhang/browser-extension fuzz [--seed N] [--scale F] [--input I]`: hostile pages, then the summary table. */
import { clean, formatSummary, parseFuzzOptions } from '@taizhang/testkit';
import { fuzzPages } from './run-pages.js';

const options = parseFuzzOptions(process.argv.slice(2));
console.log(`extension fuzz: seed ${options.seed}, scale ${options.scale}`);
const rows = [await fuzzPages(options, console.log)];
console.log(formatSummary(rows));
process.exitCode = clean(rows) ? 0 : 1;
