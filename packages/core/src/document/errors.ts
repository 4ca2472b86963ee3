/** Where a problem is in the source text: 1-based line and column (in characters). */
export interface SourceLocation {
  line: number;
  column: number;
}

/** A document that cannot be read as a policy document at all. Carries where and what to do. */
export class ParseError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(
    readonly code: 'empty' | 'not-a-policy-document' | 'too-large',
    message: string,
    location: SourceLocation,
  ) {
    super(
      `${message} (第 ${location.line} 行第 ${location.column} 列 / line ${location.line}, column ${location.column})`,
    );
    this.name = 'ParseError';
    this.line = location.line;
    this.column = location.column;
  }
}

/** Maps offsets to 1-based line/column, built once per text. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  locate(offset: number): SourceLocation {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] as number) + 1 };
  }
}
