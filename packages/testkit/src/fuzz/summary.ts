/** One fuzzer's result, as the summary table prints it. */
export interface FuzzSummary {
  fuzzer: string;
  seed: number;
  inputs: number;
  crashes: number;
  hangs: number;
  lostWrites: number;
  /** The largest time per unit, with its unit (`µs/KB`, `ms/file`, `ms/page`). */
  largestTime: string;
  /** What went wrong, one line each (first few), with how to reproduce it. */
  failures: string[];
}

export function formatSummary(rows: readonly FuzzSummary[]): string {
  const header = [
    'fuzzer',
    'seed',
    'inputs tried',
    'crashes',
    'hangs',
    'lost writes',
    'largest time per unit',
  ];
  const body = rows.map((r) => [
    r.fuzzer,
    String(r.seed),
    String(r.inputs),
    String(r.crashes),
    String(r.hangs),
    String(r.lostWrites),
    r.largestTime,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  const lines = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)];
  for (const r of rows) for (const f of r.failures.slice(0, 10)) lines.push(`  ${r.fuzzer}: ${f}`);
  return `${lines.join('\n')}\n`;
}

/** True when nothing crashed, hung or lost a write. */
export function clean(rows: readonly FuzzSummary[]): boolean {
  return rows.every((r) => r.crashes === 0 && r.hangs === 0 && r.lostWrites === 0);
}
