/** Command-line options every fuzzer takes: `--seed N` (default fixed, so published figures reproduce), `--scale F`, `--input I`. */
export interface FuzzOptions {
  seed: number;
  /** Multiplies every count (0.01 for a smoke run). */
  scale: number;
  /** Run only this input index (to reproduce a crash). */
  input: number | null;
}

export const DEFAULT_SEED = 20161019;

export function parseFuzzOptions(argv: readonly string[]): FuzzOptions {
  const options: FuzzOptions = { seed: DEFAULT_SEED, scale: 1, input: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const number = Number(value);
    if (flag === '--') continue;
    if (
      (flag === '--seed' || flag === '--scale' || flag === '--input') &&
      (value === undefined || (!Number.isFinite(number) && !(flag === '--seed' && value === 'random')))
    )
      throw new Error(`${flag} needs a number, e.g. ${flag} 7`);
    if (flag === '--seed') options.seed = value === 'random' ? Date.now() % 2 ** 31 : Math.trunc(number);
    else if (flag === '--scale') options.scale = number;
    else if (flag === '--input') options.input = Math.trunc(number);
    else throw new Error(`unknown option ${flag}: use --seed N, --scale F (e.g. 0.1) or --input I`);
    i++;
  }
  return options;
}

/** A count scaled for this run, at least 1. */
export function scaled(count: number, options: FuzzOptions): number {
  return Math.max(1, Math.round(count * options.scale));
}
