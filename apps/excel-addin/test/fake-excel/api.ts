/**
 * Office.js-shaped objects over a `WorkbookState`: just the part of the Excel API the add-in uses,
 * with Office's rules that matter for a batching adapter —
 *  - a loaded property can be read only after the next `context.sync()` (reading earlier throws,
 *    as Office.js does), and it holds the state as of the moment `load` was queued;
 *  - every method call and property write counts as an operation, and a sync whose writes are
 *    over Excel on the web's 5 MB request limit fails;
 *  - locked cells of a protected sheet refuse new contents and formats.
 */
import {
  blankCell,
  type Cell,
  type Fill,
  NO_FILL,
  SheetState,
  type Value,
  WorkbookState,
} from './workbook.js';

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

type Rect = { top: number; left: number; bottom: number; right: number };

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
function colName(column: number): string {
  let n = column + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
const MAX_ROW = 1_048_575;

/** `B2`, `B2:C3`, `C:C`, `2:2`, with optional `$`. */
export function parseArea(address: string): Rect {
  const clean = address.replace(/\$/g, '').trim();
  const [a = '', b = a] = clean.split(':');
  const part = (p: string) => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(p);
    if (!m) throw new Error(`InvalidArgument: address ${address}`);
    return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const p = part(a);
  const q = part(b);
  return {
    top: Math.min(p.row ?? 0, q.row ?? 0),
    left: Math.min(p.col ?? 0, q.col ?? 0),
    bottom: Math.max(p.row ?? MAX_ROW, q.row ?? MAX_ROW),
    right: Math.max(p.col ?? 16383, q.col ?? 16383),
  };
}
export function areaAddress(r: Rect): string {
  const a = `${colName(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${colName(r.right)}${r.bottom + 1}`;
}
function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
/** `'数据'!C5` → ['数据', 'C5']. */
function splitSheetAddress(address: string): [string, string] {
  const bang = address.lastIndexOf('!');
  if (bang < 0) throw new Error(`InvalidArgument: address without sheet ${address}`);
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return [sheet, address.slice(bang + 1)];
}

export interface SyncRecord {
  operations: number;
  bytes: number;
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private pending: Array<() => void> = [];
  operations = 0;
  bytes = 0;
  readonly syncs: SyncRecord[] = [];
  constructor(readonly state: WorkbookState) {
    this.workbook = new FakeWorkbook(this);
  }
  op(bytes = 0): void {
    this.operations++;
    this.bytes += bytes;
  }
  queueLoad(apply: () => void): void {
    this.pending.push(apply);
  }
  async sync(): Promise<void> {
    const record = { operations: this.operations, bytes: this.bytes };
    this.operations = 0;
    this.bytes = 0;
    const loads = this.pending;
    this.pending = [];
    if (record.bytes > REQUEST_LIMIT_BYTES)
      throw new Error(`RequestPayloadSizeLimitExceeded: ${record.bytes} bytes in one request`);
    this.syncs.push(record);
    for (const apply of loads) apply();
  }
}

/** Base for objects with loadable properties: `load` snapshots now, the snapshot is readable after sync. */
class Loadable {
  protected visible = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  protected snapshot(_property: string): unknown {
    throw new Error(`PropertyNotLoaded: ${_property} cannot be loaded on ${this.constructor.name}`);
  }
  load(spec?: string | string[]): this {
    const props = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((s) => s.trim()).filter(Boolean);
    this.ctx.op();
    this.capture(props);
    return this;
  }
  capture(props: string[]): void {
    const direct = props.filter((p) => !p.includes('/'));
    const nested = new Map<string, string[]>();
    for (const p of props.filter((p) => p.includes('/'))) {
      const [head, ...rest] = p.split('/');
      nested.set(head!, [...(nested.get(head!) ?? []), rest.join('/')]);
    }
    const taken = direct.map((p) => [p, this.snapshot(p)] as const);
    this.ctx.queueLoad(() => {
      for (const [p, v] of taken) this.visible.set(p, v);
    });
    for (const [head, rest] of nested) (this.child(head) as Loadable).capture(rest);
  }
  protected child(name: string): unknown {
    throw new Error(`PropertyNotLoaded: no navigation property ${name}`);
  }
  protected read<T>(property: string): T {
    if (!this.visible.has(property)) {
      throw new Error(
        `PropertyNotLoaded: ${this.constructor.name}.${property} was read before load() and sync()`,
      );
    }
    return this.visible.get(property) as T;
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly notes: FakeNoteCollection;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.notes = new FakeNoteCollection(ctx);
  }
  getSelectedRange(): FakeRange {
    this.ctx.op();
    const sel = this.ctx.state.selection;
    if (!sel) throw new Error('InvalidSelection: nothing selected');
    const sheet = this.ctx.state.sheet(sel.sheet);
    if (!sheet) throw new Error('ItemNotFound: selected sheet');
    return new FakeRange(this.ctx, sheet, parseArea(sel.address));
  }
}

export class FakeWorksheetCollection extends Loadable {
  private loadedItems: FakeWorksheet[] | null = null;
  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new Error('PropertyNotLoaded: worksheets.items');
    return this.loadedItems;
  }
  override capture(props: string[]): void {
    const itemProps = props.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    const items = this.ctx.state.sheets.map((s) => new FakeWorksheet(this.ctx, s));
    for (const item of items) item.capture(itemProps.length > 0 ? itemProps : ['name']);
    this.ctx.queueLoad(() => {
      this.loadedItems = items;
    });
  }
  getItem(name: string): FakeWorksheet {
    this.ctx.op();
    const sheet = this.ctx.state.sheet(name);
    if (!sheet) throw new Error(`ItemNotFound: worksheet ${name}`);
    return new FakeWorksheet(this.ctx, sheet);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.op();
    return new FakeWorksheet(this.ctx, this.ctx.state.sheet(name) ?? null);
  }
  add(name: string): FakeWorksheet {
    this.ctx.op(name.length);
    return new FakeWorksheet(this.ctx, this.ctx.state.addSheet(name));
  }
}

export class FakeWorksheet extends Loadable {
  readonly protection: FakeProtection;
  readonly freezePanes: FakeFreezePanes;
  constructor(
    ctx: FakeContext,
    readonly sheet: SheetState | null,
  ) {
    super(ctx);
    this.protection = new FakeProtection(ctx, this.live);
    this.freezePanes = new FakeFreezePanes(ctx, this.live);
  }
  private get live(): () => SheetState {
    return () => {
      if (!this.sheet) throw new Error('InvalidOperation: worksheet is a null object');
      if (!this.ctx.state.sheets.includes(this.sheet))
        throw new Error(`ItemNotFound: worksheet ${this.sheet.name} was deleted`);
      return this.sheet;
    };
  }
  protected override snapshot(p: string): unknown {
    if (p === 'isNullObject') return this.sheet === null;
    const s = this.live();
    if (p === 'name') return s.name;
    if (p === 'visibility') return s.visibility;
    return super.snapshot(p);
  }
  protected override child(name: string): unknown {
    if (name === 'protection') return this.protection;
    return super.child(name);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get name(): string {
    return this.read('name');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: string) {
    this.ctx.op();
    this.live().visibility = v as SheetState['visibility'];
  }
  set tabColor(v: string) {
    this.ctx.op();
    this.live().tabColor = v;
  }
  getRange(address?: string): FakeRange {
    this.ctx.op((address ?? '').length);
    const s = this.live();
    const rect = address ? parseArea(address) : { top: 0, left: 0, bottom: MAX_ROW, right: 16383 };
    return new FakeRange(this.ctx, s, rect);
  }
  getRanges(addresses: string): FakeRangeAreas {
    this.ctx.op(addresses.length);
    const s = this.live();
    return new FakeRangeAreas(this.ctx, s, addresses.split(',').map(parseArea));
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.op();
    const s = this.live();
    const extent = s.usedExtent(valuesOnly);
    return new FakeRange(this.ctx, s, extent);
  }
  activate(): void {
    this.ctx.op();
    this.ctx.state.activeSheet = this.live().name;
  }
  delete(): void {
    this.ctx.op();
    const s = this.live();
    this.ctx.state.sheets.splice(this.ctx.state.sheets.indexOf(s), 1);
    for (const key of [...this.ctx.state.notes.keys()])
      if (key.startsWith(`${s.name}!`)) this.ctx.state.notes.delete(key);
  }
}

class FakeProtection extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx);
  }
  protected override snapshot(p: string): unknown {
    if (p === 'protected') return this.sheet().protected;
    if (p === 'options') return { ...this.sheet().protectionOptions };
    return super.snapshot(p);
  }
  get protected(): boolean {
    return this.read('protected');
  }
  get options(): Record<string, unknown> {
    return this.read('options');
  }
  protect(options?: Record<string, unknown>): void {
    this.ctx.op();
    const s = this.sheet();
    if (s.protected) throw new Error(`InvalidOperation: sheet ${s.name} is already protected`);
    s.protected = true;
    s.protectionOptions = { ...(options ?? {}) };
  }
  unprotect(): void {
    this.ctx.op();
    const s = this.sheet();
    s.protected = false;
    s.protectionOptions = {};
  }
}

class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState,
  ) {}
  freezeRows(rows: number): void {
    this.ctx.op();
    this.sheet().freeze = { rows, columns: 0 };
  }
  freezeColumns(columns: number): void {
    this.ctx.op();
    this.sheet().freeze = { rows: 0, columns };
  }
  freezeAt(range: FakeRange): void {
    this.ctx.op();
    const r = range.rect!;
    this.sheet().freeze = { rows: r.bottom + 1, columns: r.right + 1 };
  }
}

function eachCell(rects: Rect[], fn: (row: number, column: number) => void): void {
  for (const r of rects)
    for (let row = r.top; row <= r.bottom; row++) for (let c = r.left; c <= r.right; c++) fn(row, c);
}

function guardFormat(sheet: SheetState, _rects: Rect[], what: string): void {
  if (!sheet.protected || sheet.protectionOptions.allowFormatCells === true) return;
  throw new Error(`AccessDenied: cannot change ${what} on protected sheet ${sheet.name}`);
}

/** A format over one or more areas: `Range.format` and `RangeAreas.format`. */
class FakeRangeFormat {
  readonly fill: FakeFill;
  readonly font: { bold: boolean; color: string };
  readonly protection: { locked: boolean };
  readonly borders: { getItem(edge: string): { style: string; weight: string } };
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetState,
    private readonly rects: Rect[],
  ) {
    const each = (fn: (cell: Cell) => void, what: string) => {
      ctx.op(32);
      guardFormat(sheet, rects, what);
      eachCell(rects, (r, c) => fn(sheet.cell(r, c)));
    };
    this.fill = new FakeFill(ctx, sheet, rects);
    this.font = {
      set bold(v: boolean) {
        each((cell) => {
          cell.bold = v;
        }, 'font');
      },
      get bold(): boolean {
        throw new Error('PropertyNotLoaded: font.bold');
      },
      set color(v: string) {
        each((cell) => {
          cell.fontColor = v;
        }, 'font');
      },
      get color(): string {
        throw new Error('PropertyNotLoaded: font.color');
      },
    };
    this.protection = {
      set locked(v: boolean) {
        ctx.op(8);
        if (sheet.protected) throw new Error('AccessDenied: cannot change locking on a protected sheet');
        eachCell(rects, (r, c) => {
          sheet.cell(r, c).locked = v;
        });
      },
      get locked(): boolean {
        throw new Error('PropertyNotLoaded: protection.locked');
      },
    };
    this.borders = {
      getItem: (edge: string) => {
        ctx.op();
        return {
          set style(v: string) {
            each((cell) => {
              cell.borders[edge] = v;
            }, 'borders');
          },
          get style(): string {
            throw new Error('PropertyNotLoaded: border.style');
          },
          set weight(_v: string) {
            ctx.op();
          },
          get weight(): string {
            throw new Error('PropertyNotLoaded: border.weight');
          },
        };
      },
    };
  }
  private each(fn: (cell: Cell) => void, what: string): void {
    this.ctx.op(32);
    guardFormat(this.sheet, this.rects, what);
    eachCell(this.rects, (r, c) => fn(this.sheet.cell(r, c)));
  }
  set wrapText(v: boolean) {
    this.each((c) => {
      c.wrap = v;
    }, 'wrap');
  }
  set horizontalAlignment(v: string) {
    this.each((c) => {
      c.horizontal = v;
    }, 'alignment');
  }
  set verticalAlignment(v: string) {
    this.each((c) => {
      c.vertical = v;
    }, 'alignment');
  }
  set columnWidth(v: number) {
    this.ctx.op(8);
    for (const r of this.rects) for (let c = r.left; c <= r.right; c++) this.sheet.columnWidths.set(c, v);
  }
}

class FakeFill {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetState,
    private readonly rects: Rect[],
  ) {}
  private set(fn: (fill: Fill) => void): void {
    this.ctx.op(32);
    guardFormat(this.sheet, this.rects, 'fill');
    eachCell(this.rects, (r, c) => fn(this.sheet.cell(r, c).fill));
  }
  set color(v: string) {
    this.set((f) => {
      f.color = v.toUpperCase();
      if (f.pattern === 'None') f.pattern = 'Solid';
    });
  }
  get color(): string {
    throw new Error('PropertyNotLoaded: fill.color (use getCellProperties)');
  }
  set pattern(v: string) {
    this.set((f) => {
      f.pattern = v;
    });
  }
  set patternColor(v: string) {
    this.set((f) => {
      f.patternColor = v.toUpperCase();
    });
  }
  set tintAndShade(v: number) {
    this.set((f) => {
      f.tintAndShade = v;
    });
  }
  set patternTintAndShade(v: number) {
    this.set((f) => {
      f.patternTintAndShade = v;
    });
  }
  clear(): void {
    this.set((f) => {
      Object.assign(f, { ...NO_FILL });
      delete f.patternColor;
      delete f.tintAndShade;
      delete f.patternTintAndShade;
    });
  }
}

/** Excel turns typed text that is a plain number into a number, unless the cell is formatted as text. */
function coerce(value: unknown, numberFormat: string): Value {
  if (typeof value === 'string' && numberFormat !== '@' && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value.trim()))
    return Number(value);
  if (typeof value === 'string' && value.startsWith("'")) return value.slice(1);
  return value as Value;
}

export class FakeRange extends Loadable {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  constructor(
    ctx: FakeContext,
    readonly sheetState: SheetState,
    readonly rect: Rect | null,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, sheetState, rect ? [rect] : []);
    this.dataValidation = new FakeDataValidation(ctx, sheetState, rect);
  }
  private get r(): Rect {
    if (!this.rect) throw new Error('InvalidOperation: range is a null object');
    return this.rect;
  }
  private matrix<T>(fn: (cell: Cell | undefined) => T): T[][] {
    const rows: T[][] = [];
    for (let row = this.r.top; row <= this.r.bottom; row++) {
      const line: T[] = [];
      for (let c = this.r.left; c <= this.r.right; c++) line.push(fn(this.sheetState.peek(row, c)));
      rows.push(line);
    }
    return rows;
  }
  protected override snapshot(p: string): unknown {
    switch (p) {
      case 'isNullObject':
        return this.rect === null;
      case 'address':
        return `${quote(this.sheetState.name)}!${areaAddress(this.r)}`;
      case 'rowIndex':
        return this.r.top;
      case 'columnIndex':
        return this.r.left;
      case 'rowCount':
        return this.r.bottom - this.r.top + 1;
      case 'columnCount':
        return this.r.right - this.r.left + 1;
      case 'values':
        return this.matrix((c) => c?.value ?? '');
      case 'formulas':
        return this.matrix((c) => c?.content ?? '');
      case 'numberFormat':
        return this.matrix((c) => c?.numberFormat ?? 'General');
      default:
        return super.snapshot(p);
    }
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get values(): Value[][] {
    return this.read('values');
  }
  get formulas(): Value[][] {
    return this.read('formulas');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  private write(matrix: unknown[][], kind: 'content' | 'numberFormat'): void {
    const rows = this.r.bottom - this.r.top + 1;
    const cols = this.r.right - this.r.left + 1;
    this.ctx.op(new TextEncoder().encode(JSON.stringify(matrix)).length);
    if (matrix.length !== rows || matrix.some((row) => row.length !== cols)) {
      throw new Error(
        `InvalidArgument: ${rows}×${cols} range given a ${matrix.length}×${matrix[0]?.length ?? 0} array`,
      );
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const row = this.r.top + r;
        const col = this.r.left + c;
        const incoming = matrix[r]![c];
        const existing = this.sheetState.peek(row, col);
        if (this.sheetState.protected && (existing?.locked ?? true)) {
          throw new Error(
            `AccessDenied: ${this.sheetState.name}!${areaAddress({ top: row, left: col, bottom: row, right: col })} is locked`,
          );
        }
        if (!existing && (incoming === '' || incoming === null) && kind === 'content') continue;
        if (!existing && incoming === 'General' && kind === 'numberFormat') continue;
        const cell = this.sheetState.cell(row, col);
        if (kind === 'numberFormat') cell.numberFormat = String(incoming);
        else {
          const content = coerce(incoming, cell.numberFormat);
          cell.content = content;
          cell.value =
            typeof content === 'string' && content.startsWith('=')
              ? (this.ctx.state.calculate?.(this.sheetState.name, row, col, content) ?? '')
              : content;
        }
      }
    }
  }
  set values(m: unknown[][]) {
    this.write(m, 'content');
  }
  set formulas(m: unknown[][]) {
    this.write(m, 'content');
  }
  set numberFormat(m: unknown[][]) {
    this.write(m, 'numberFormat');
  }
  getMergedAreasOrNullObject(): FakeMergedAreas {
    this.ctx.op();
    const r = this.r;
    const inside = this.sheetState.merges.filter((m) => {
      const a = parseArea(m);
      return a.top >= r.top && a.bottom <= r.bottom && a.left >= r.left && a.right <= r.right;
    });
    return new FakeMergedAreas(this.ctx, this.sheetState.name, inside);
  }
  getCell(row: number, column: number): FakeRange {
    this.ctx.op();
    const top = this.r.top + row;
    const left = this.r.left + column;
    return new FakeRange(this.ctx, this.sheetState, { top, left, bottom: top, right: left });
  }
  merge(_across = false): void {
    this.ctx.op();
    this.sheetState.merges.push(areaAddress(this.r));
  }
  select(): void {
    this.ctx.op();
    this.ctx.state.activeSheet = this.sheetState.name;
    this.ctx.state.selection = { sheet: this.sheetState.name, address: areaAddress(this.r) };
  }
  getCellProperties(_options: unknown): { readonly value: unknown[][] } {
    this.ctx.op();
    const taken = this.matrix((c) => ({ format: { fill: { ...(c?.fill ?? NO_FILL) } } }));
    let ready = false;
    this.ctx.queueLoad(() => {
      ready = true;
    });
    return {
      get value() {
        if (!ready) throw new Error('PropertyNotLoaded: ClientResult.value read before sync()');
        return taken;
      },
    };
  }
}

class FakeMergedAreas extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    private readonly areas: string[],
  ) {
    super(ctx);
  }
  protected override snapshot(p: string): unknown {
    if (p === 'isNullObject') return this.areas.length === 0;
    if (p === 'address') return this.areas.map((a) => `${quote(this.sheetName)}!${a}`).join(', ');
    return super.snapshot(p);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    return this.read('address');
  }
}

class FakeRangeAreas {
  readonly format: FakeRangeFormat;
  constructor(
    ctx: FakeContext,
    sheet: SheetState,
    readonly rects: Rect[],
  ) {
    this.format = new FakeRangeFormat(ctx, sheet, rects);
  }
}

class FakeDataValidation {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetState,
    private readonly rect: Rect | null,
  ) {}
  private entry() {
    const address = areaAddress(this.rect!);
    let v = this.sheet.validations.find((x) => x.address === address);
    if (!v) {
      v = { address, rule: null };
      this.sheet.validations.push(v);
    }
    return v;
  }
  clear(): void {
    this.ctx.op();
    const address = areaAddress(this.rect!);
    const i = this.sheet.validations.findIndex((x) => x.address === address);
    if (i >= 0) this.sheet.validations.splice(i, 1);
  }
  set rule(v: unknown) {
    this.ctx.op(JSON.stringify(v).length);
    this.entry().rule = v;
  }
  set errorAlert(v: unknown) {
    this.ctx.op(JSON.stringify(v).length);
    this.entry().errorAlert = v;
  }
  set prompt(v: unknown) {
    this.ctx.op(JSON.stringify(v).length);
    this.entry().prompt = v;
  }
}

class FakeNoteCollection {
  constructor(private readonly ctx: FakeContext) {}
  private key(address: string): string {
    const [sheet, cell] = splitSheetAddress(address);
    return `${sheet}!${cell.replace(/\$/g, '').toUpperCase()}`;
  }
  add(address: string, content: string): void {
    this.ctx.op(content.length);
    const key = this.key(address);
    if (this.ctx.state.notes.has(key)) throw new Error(`InvalidArgument: ${key} already has a note`);
    this.ctx.state.notes.set(key, content);
  }
  getItemOrNullObject(address: string): FakeNote {
    this.ctx.op();
    return new FakeNote(this.ctx, this.key(address));
  }
}

class FakeNote extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  protected override snapshot(p: string): unknown {
    if (p === 'isNullObject') return !this.ctx.state.notes.has(this.key);
    if (p === 'content') return this.ctx.state.notes.get(this.key) ?? null;
    return super.snapshot(p);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get content(): string {
    return this.read('content');
  }
  delete(): void {
    this.ctx.op();
    if (!this.ctx.state.notes.delete(this.key)) throw new Error(`ItemNotFound: note ${this.key}`);
  }
}

/** `Excel.run` over a workbook state: each run gets a fresh context, as in Office. */
export class FakeExcel {
  readonly contexts: FakeContext[] = [];
  constructor(readonly state: WorkbookState = new WorkbookState()) {}
  async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    const context = new FakeContext(this.state);
    this.contexts.push(context);
    return batch(context);
  }
}

export { blankCell, SheetState, WorkbookState };
