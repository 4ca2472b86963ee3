/**
 * The document fuzzer: mutations of the seed and of the parser's fixtures through `parsePolicyDocument`.
 * Every input must give a document whose spans slice the input, or a located `ParseError`; anything else
 * is a crash. Large inputs of growing size show whether time grows linearly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FuzzOptions, FuzzSummary } from '@taizhang/testkit';
import { random, scaled } from '@taizhang/testkit';
import { ParseError } from '../src/document/errors.js';
import { DEFAULT_MAX_DOCUMENT_LENGTH, parsePolicyDocument } from '../src/document/parse.js';
import { PolicyDocument } from '../src/document/schema.js';
import { LARGE_SHAPES, mutate } from './document-mutations.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

export function documentSources(): string[] {
  const fixtures = `${repo}packages/core/test/document/fixtures/`;
  return [
    readFileSync(`${repo}seeds/qinghai-new-urbanization-2016-76.txt`, 'utf8'),
    ...readdirSync(fixtures)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(fixtures + f, 'utf8')),
  ];
}

/** Input `i` of a run: the same seed and index always give the same text. */
export function documentInput(
  seed: number,
  i: number,
  sources: readonly string[],
): { text: string; label: string } {
  const r = random(seed, `document-${i}`);
  const base = r.chance(0.5) ? 0 : r.int(sources.length);
  const { text, names } = mutate(sources[base] as string, r, sources);
  return { text, label: `source ${base}, ${names.join('+')}` };
}

/** What is wrong with the outcome of parsing `text`, or null when it is a document or a located ParseError. */
export function checkParse(text: string, outcome: { doc?: unknown; error?: unknown }): string | null {
  if (outcome.error !== undefined) {
    const e = outcome.error;
    if (!(e instanceof ParseError))
      return `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
    const lines = text.split('\n').length;
    if (!(e.line >= 1 && e.line <= lines && e.column >= 1))
      return `ParseError at line ${e.line}, column ${e.column}: outside the text`;
    if (!/第 \d+ 行/.test(e.message)) return `ParseError without a location in its message: ${e.message}`;
    return null;
  }
  const parsed = PolicyDocument.safeParse(outcome.doc);
  if (!parsed.success)
    return `result is not a PolicyDocument: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`;
  const doc = parsed.data;
  const slice = (s: { start: number; end: number }) =>
    s.start <= s.end && s.end <= text.length ? text.slice(s.start, s.end) : null;
  for (const m of doc.measures) {
    if (slice(m.span) !== m.text) return `measure ${m.id}: text is not the slice at its span`;
    if (slice(m.titleSpan) !== m.title) return `measure ${m.id}: title is not the slice at its span`;
    if (m.responsibility && slice(m.responsibility.span) !== m.responsibility.clause)
      return `measure ${m.id}: clause is not the slice at its span`;
  }
  for (const s of doc.sections)
    if (slice(s.titleSpan) !== s.title) return `section ${s.number}: title is not the slice at its span`;
  if (doc.source.length !== text.length) return 'source.length differs from the text';
  for (const w of doc.warnings)
    if (!(w.line >= 1 && w.column >= 1)) return `warning ${w.code} without a location`;
  return null;
}

function parseOutcome(text: string): { doc?: unknown; error?: unknown } {
  try {
    return { doc: parsePolicyDocument(text, { name: 'fuzz.txt', expandLocalGovernments: () => [] }) };
  } catch (error) {
    return { error };
  }
}

/** Largest time allowed for one mutated input (they are at most a few hundred KB). */
const HANG_MS = 2_000;

export function fuzzDocuments(
  options: FuzzOptions,
  log: (line: string) => void = () => {},
): FuzzSummary & { perByte: string[] } {
  const sources = documentSources();
  const count = scaled(10_000, options);
  const failures: string[] = [];
  let crashes = 0;
  let hangs = 0;
  let inputs = 0;
  let worstPerKb = 0;
  const indices = options.input === null ? Array.from({ length: count }, (_, i) => i) : [options.input];
  for (const i of indices) {
    const { text, label } = documentInput(options.seed, i, sources);
    const t0 = performance.now();
    const outcome = parseOutcome(text);
    const ms = performance.now() - t0;
    inputs++;
    const problem = checkParse(text, outcome);
    const repro = `input ${i} (${label}; reproduce: pnpm --filter @taizhang/core fuzz --seed ${options.seed} --input ${i})`;
    if (problem) {
      crashes++;
      failures.push(`${repro}: ${problem}`);
    }
    if (ms > HANG_MS) {
      hangs++;
      failures.push(`${repro}: took ${Math.round(ms)} ms for ${text.length} characters`);
    }
    if (text.length >= 1024) worstPerKb = Math.max(worstPerKb, (ms * 1000) / (text.length / 1024));
    if (i % 2000 === 1999) log(`  documents: ${i + 1}/${count}`);
  }

  // Growing sizes up to the limit (5,000,000 characters) in each shape; one more character is refused at once.
  const sizes = [256, 1024, 5_000_000 / 1024].map((kb) =>
    Math.round(kb * 1024 * Math.min(1, Math.max(options.scale, 0.05))),
  );
  sizes[sizes.length - 1] = Math.min(DEFAULT_MAX_DOCUMENT_LENGTH, sizes.at(-1) as number);
  const seed = sources[0] as string;
  const perByte: string[] = [];
  let worstLarge = 0;
  let worstRatio = 0;
  for (const shape of LARGE_SHAPES) {
    const times: number[] = [];
    for (const size of sizes) {
      const text = shape.make(size, seed);
      parseOutcome(text.slice(0, 1000)); // warm
      // The fastest of three runs: a garbage collection or a neighbour's process must not look like a slope.
      let ms = Number.POSITIVE_INFINITY;
      let outcome: ReturnType<typeof parseOutcome> = {};
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        outcome = parseOutcome(text);
        ms = Math.min(ms, performance.now() - t0);
      }
      inputs++;
      const problem = checkParse(text, outcome);
      if (problem) {
        crashes++;
        failures.push(`large ${shape.name} at ${size} characters: ${problem}`);
      }
      times.push((ms * 1000) / (text.length / 1024));
    }
    const ratio = (times.at(-1) as number) / Math.max(1e-9, Math.min(...times));
    worstRatio = Math.max(worstRatio, ratio);
    worstLarge = Math.max(worstLarge, ...times);
    perByte.push(
      `${shape.name}: ${times.map((t, k) => `${Math.round((sizes[k] as number) / 1024)} KB ${t.toFixed(1)} µs/KB`).join(', ')}`,
    );
    // Linear means the per-KB time stays flat; a quadratic step makes it grow with size (×19 from 256 KB to 5 MB).
    if (ratio > 6 && options.scale >= 1) {
      hangs++;
      failures.push(`large ${shape.name}: time per KB grows ${ratio.toFixed(1)}× with size (not linear)`);
    }
  }
  const over = '一'.repeat(DEFAULT_MAX_DOCUMENT_LENGTH + 1);
  const refused = parseOutcome(over);
  inputs++;
  if (!(refused.error instanceof ParseError && refused.error.code === 'too-large')) {
    crashes++;
    failures.push(`a text over ${DEFAULT_MAX_DOCUMENT_LENGTH} characters was not refused as too-large`);
  }
  log(`  documents: largest per-KB time by shape and size:\n    ${perByte.join('\n    ')}`);
  return {
    fuzzer: 'documents (parsePolicyDocument)',
    seed: options.seed,
    inputs,
    crashes,
    hangs,
    lostWrites: 0,
    largestTime: `${worstLarge.toFixed(1)} µs/KB (mutations ${worstPerKb.toFixed(1)}; large ×${worstRatio.toFixed(1)} across sizes)`,
    failures,
    perByte,
  };
}
