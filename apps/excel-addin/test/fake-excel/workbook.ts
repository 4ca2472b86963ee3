/**
 * The state of a fake Excel workbook: sheets of cells with contents, number formats, fills, fonts,
 * protection, validation and notes. `FakeExcel` (api.ts) puts Office.js-shaped objects over it.
 * Pure TypeScript, no Node APIs: the same fake drives unit tests and the task pane in Chromium.
 */
export type Value = string | number | boolean | null;

export interface Fill {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export const NO_FILL: Fill = { color: '#FFFFFF', pattern: 'None' };

export interface Cell {
  /** Formula text (`=…`) or the constant. */
  content: Value;
  /** What Excel shows: the constant, or the formula's computed result. */
  value: Value;
  numberFormat: string;
  fill: Fill;
  bold: boolean;
  fontColor: string;
  wrap: boolean;
  horizontal: string;
  vertical: string;
  borders: Record<string, string>;
  locked: boolean;
}

export function blankCell(): Cell {
  return {
    content: '',
    value: '',
    numberFormat: 'General',
    fill: { ...NO_FILL },
    bold: false,
    fontColor: '#000000',
    wrap: false,
    horizontal: 'General',
    vertical: 'Bottom',
    borders: {},
    locked: true,
  };
}

export interface Validation {
  address: string;
  rule: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
}

export class SheetState {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  readonly cells = new Map<string, Cell>();
  protected = false;
  protectionOptions: Record<string, unknown> = {};
  tabColor = '';
  freeze: { rows: number; columns: number } | null = null;
  readonly merges: string[] = [];
  readonly validations: Validation[] = [];
  readonly columnWidths = new Map<number, number>();
  constructor(public name: string) {}

  static key(row: number, column: number): string {
    return `${row},${column}`;
  }

  cell(row: number, column: number): Cell {
    const key = SheetState.key(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = blankCell();
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(row: number, column: number): Cell | undefined {
    return this.cells.get(SheetState.key(row, column));
  }

  /** Rows/columns holding a value (valuesOnly) or any non-default cell. */
  usedExtent(valuesOnly: boolean): { top: number; left: number; bottom: number; right: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly ? cell.content === '' || cell.content === null : false) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  /** Notes by `Sheet!A1` (sheet name unquoted). */
  readonly notes = new Map<string, string>();
  activeSheet = '';
  selection: { sheet: string; address: string } | null = null;
  /** Computes a formula's result for `value`; without one, formula cells show ''. */
  calculate: ((sheet: string, row: number, column: number, formula: string) => Value) | null = null;

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): SheetState {
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`InvalidArgument: sheet name ${name}`);
    const sheet = new SheetState(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Loads a grid as cell contents (values are constants, formulas start with `=`). */
  loadGrid(name: string, rows: Value[][]): SheetState {
    const sheet = this.sheet(name) ?? this.addSheet(name);
    rows.forEach((row, r) => {
      row.forEach((content, c) => {
        if (content === '' || content === null) return;
        const cell = sheet.cell(r, c);
        cell.content = content;
        cell.value = typeof content === 'string' && content.startsWith('=') ? '' : content;
      });
    });
    return sheet;
  }
}
