/**
 * Aho–Corasick automaton over UTF-16 code units: built once from many patterns, then finds every
 * occurrence of every pattern in one left-to-right pass over a text.
 *
 * States are numbered; `goto` edges live in one Map per state (patterns here are a few hundred
 * short Chinese phrases, so the trie has a few thousand states and most have one child).
 * Failure links are computed breadth-first; each state also keeps a link to the nearest state
 * on its failure chain that ends a pattern, so reporting costs only the matches found.
 */
export interface AutomatonMatch {
  /** Index of the pattern in the array the automaton was built from. */
  readonly pattern: number;
  /** Start offset (inclusive) and end offset (exclusive) in the searched text. */
  readonly start: number;
  readonly end: number;
}

export class Automaton {
  private readonly edges: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending exactly at each state. */
  private readonly outputs: number[][] = [[]];
  /** Nearest proper suffix state that ends a pattern, or -1. */
  private readonly outputLink: number[] = [-1];
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0)
        throw new Error(`pattern ${index} is empty: an empty pattern would match everywhere`);
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        const edges = this.edges[state] as Map<number, number>;
        let next = edges.get(code);
        if (next === undefined) {
          next = this.edges.length;
          edges.set(code, next);
          this.edges.push(new Map());
          this.fail.push(0);
          this.outputs.push([]);
          this.outputLink.push(-1);
        }
        state = next;
      }
      (this.outputs[state] as number[]).push(index);
    });
    this.link();
  }

  get stateCount(): number {
    return this.edges.length;
  }

  private link(): void {
    const queue: number[] = [];
    for (const child of (this.edges[0] as Map<number, number>).values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      for (const [code, child] of this.edges[state] as Map<number, number>) {
        let f = this.fail[state] as number;
        while (f !== 0 && !(this.edges[f] as Map<number, number>).has(code)) f = this.fail[f] as number;
        const target = (this.edges[f] as Map<number, number>).get(code);
        const failTo = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failTo;
        this.outputLink[child] =
          (this.outputs[failTo] as number[]).length > 0 ? failTo : (this.outputLink[failTo] as number);
        queue.push(child);
      }
    }
  }

  /** Every occurrence of every pattern in `text[from, to)`, ordered by end offset. */
  findAll(text: string, from = 0, to = text.length): AutomatonMatch[] {
    const found: AutomatonMatch[] = [];
    let state = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      let next = (this.edges[state] as Map<number, number>).get(code);
      while (next === undefined && state !== 0) {
        state = this.fail[state] as number;
        next = (this.edges[state] as Map<number, number>).get(code);
      }
      state = next ?? 0;
      for (let s = state; s !== -1; s = this.outputLink[s] as number) {
        for (const pattern of this.outputs[s] as number[]) {
          found.push({ pattern, start: i + 1 - (this.lengths[pattern] as number), end: i + 1 });
        }
      }
    }
    return found;
  }
}
