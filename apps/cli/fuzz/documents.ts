/**
 * Document files through `taizhang parse`: the seed and the parser's fixtures in every encoding a file
 * arrives in (UTF-8 with and without BOM, UTF-16 LE/BE with and without BOM, GB18030), then damaged at the
 * byte level (flipped bytes, cut mid-character, NULs, random bytes, Latin-1, huge files). Most in-process
 * through `runCli`, a sample through the built binary: exit 0, or exit 2 with one line; never a stack trace.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  encodeGb18030,
  encodeUtf16,
  type FuzzOptions,
  type FuzzSummary,
  type Random,
  random,
  scaled,
} from '@taizhang/testkit';
import { checkExit, listing, runBinary, runInProcess, sha256 } from './run-cli.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const DOCUMENT_LIMIT_MS = 20_000;

export function documentTexts(): string[] {
  const fixtures = `${repo}packages/core/test/document/fixtures/`;
  return [
    readFileSync(`${repo}seeds/qinghai-new-urbanization-2016-76.txt`, 'utf8'),
    ...readdirSync(fixtures)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(fixtures + f, 'utf8')),
  ];
}

const ENCODINGS: Array<[string, (text: string) => Uint8Array]> = [
  ['utf-8', (t) => new TextEncoder().encode(t)],
  ['utf-8 BOM', (t) => new TextEncoder().encode(`\ufeff${t}`)],
  ['utf-16le BOM', (t) => encodeUtf16(`\ufeff${t}`, 'le')],
  ['utf-16be BOM', (t) => encodeUtf16(`\ufeff${t}`, 'be')],
  ['utf-16le', (t) => encodeUtf16(t, 'le')],
  ['gb18030', (t) => encodeGb18030(t)],
  ['utf-8 BOM + gb18030', (t) => Uint8Array.from([0xef, 0xbb, 0xbf, ...encodeGb18030(t)])],
  ['utf-16le BOM + utf-8', (t) => Uint8Array.from([0xff, 0xfe, ...new TextEncoder().encode(t)])],
];

const BYTE_DAMAGE: Array<[string, (bytes: Uint8Array, r: Random) => Uint8Array]> = [
  ['none', (b) => b],
  [
    'flip-bytes',
    (b, r) => {
      const out = Uint8Array.from(b);
      for (let k = r.between(1, 30); k > 0 && out.length > 0; k--) {
        const at = r.int(out.length);
        out[at] = (out[at] as number) ^ (1 << r.int(8));
      }
      return out;
    },
  ],
  ['cut', (b, r) => b.subarray(0, r.int(b.length + 1))],
  ['cut-odd', (b, r) => b.subarray(0, Math.max(0, r.int(b.length) | 1))],
  [
    'nul-bytes',
    (b, r) => {
      const out = Uint8Array.from(b);
      for (let k = r.between(1, 5); k > 0 && out.length > 0; k--) out[r.int(out.length)] = 0;
      return out;
    },
  ],
  [
    'random-bytes',
    (_b, r) => {
      const out = new Uint8Array(r.int(20_000));
      for (let i = 0; i < out.length; i++) out[i] = r.chance(0.5) ? 0x80 + r.int(0x80) : r.int(0x100);
      return out;
    },
  ],
  [
    'latin-1',
    (b, r) => {
      const out = Uint8Array.from(b);
      for (let i = 0; i < out.length; i++) if (r.chance(0.01)) out[i] = 0xa0 + r.int(0x60);
      return out;
    },
  ],
  ['empty', () => new Uint8Array(0)],
];

/** Whole-file sizes around the parser's limit (5,000,000 characters). */
function hugeText(seed: string, r: Random): string {
  const length = r.pick([4_999_000, 5_000_001, 6_000_000]);
  return seed.repeat(Math.ceil(length / seed.length)).slice(0, length);
}

export function documentFile(
  seed: number,
  i: number,
  texts: readonly string[],
): { bytes: Uint8Array; label: string } {
  const r = random(seed, `document-file-${i}`);
  const huge = i % 500 === 499;
  const text = huge ? hugeText(texts[0] as string, r) : r.pick(texts);
  const [encoding, encode] = r.pick(ENCODINGS);
  const [damage, apply] = huge ? (BYTE_DAMAGE[0] as (typeof BYTE_DAMAGE)[number]) : r.pick(BYTE_DAMAGE);
  return {
    bytes: apply(encode(text), r),
    label: `${huge ? `${text.length} characters, ` : ''}${encoding}, ${damage}`,
  };
}

export async function fuzzDocumentFiles(
  options: FuzzOptions,
  log: (line: string) => void = () => {},
): Promise<FuzzSummary> {
  const texts = documentTexts();
  const count = scaled(2_000, options);
  const binarySample = scaled(40, options);
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-fuzz-'));
  const failures: string[] = [];
  let inputs = 0;
  let crashes = 0;
  let hangs = 0;
  let lostWrites = 0;
  let worstPerMb = 0;
  const exits = new Map<string, number>();
  const indices = options.input === null ? Array.from({ length: count }, (_, i) => i) : [options.input];
  try {
    for (const i of indices) {
      const { bytes, label } = documentFile(options.seed, i, texts);
      const name = `文件-${i}.txt`;
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const before = sha256(path);
      const files = listing(dir);
      const viaBinary = options.input !== null || i % Math.max(1, Math.floor(count / binarySample)) === 0;
      const out = viaBinary
        ? runBinary(['parse', name], dir, DOCUMENT_LIMIT_MS)
        : await runInProcess(['parse', path], dir, DOCUMENT_LIMIT_MS);
      inputs++;
      if (bytes.length >= 1024 * 1024) worstPerMb = Math.max(worstPerMb, out.ms / (bytes.length / 1048576));
      const key = `${viaBinary ? 'binary' : 'in-process'} exit ${out.timedOut ? 'timeout' : out.code}`;
      exits.set(key, (exits.get(key) ?? 0) + 1);
      const repro = `input ${i} (${label}; reproduce: pnpm --filter @taizhang/cli fuzz --seed ${options.seed} --input ${i})`;
      const problem = checkExit('parse', out, [0, 2]);
      if (problem) {
        crashes++;
        failures.push(`${repro}: ${problem}`);
      }
      if (out.timedOut) {
        hangs++;
        failures.push(`${repro}: over ${DOCUMENT_LIMIT_MS} ms`);
      }
      if (sha256(path) !== before || listing(dir) !== files) {
        lostWrites++;
        failures.push(`${repro}: the input or its folder changed`);
      }
      rmSync(path);
      if (i % 500 === 499) log(`  document files: ${i + 1}/${count}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log(`  document files: ${[...exits].map(([k, n]) => `${k}: ${n}`).join(', ')}`);
  return {
    fuzzer: 'document files (taizhang parse)',
    seed: options.seed,
    inputs,
    crashes,
    hangs,
    lostWrites,
    largestTime: `${Math.round(worstPerMb)} ms/MB`,
    failures,
  };
}
