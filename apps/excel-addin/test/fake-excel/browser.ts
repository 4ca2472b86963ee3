/**
 * The scripted Office host for the task pane in Chromium: `window.Excel.run` over a fake workbook,
 * and `window.__taizhangHost` for the test to look at (and type into) the workbook.
 * Bundled as one classic script and injected before the page's own scripts.
 */
import { FakeExcel } from './api.js';
import type { Value } from './workbook.js';

const excel = new FakeExcel();

function sheetDump(name: string): { values: Value[][]; fills: Record<string, string> } | null {
  const sheet = excel.state.sheet(name);
  if (!sheet) return null;
  const extent = sheet.usedExtent(false);
  const values: Value[][] = [];
  const fills: Record<string, string> = {};
  if (extent) {
    for (let r = 0; r <= extent.bottom; r++) {
      const row: Value[] = [];
      for (let c = 0; c <= extent.right; c++) {
        const cell = sheet.peek(r, c);
        row.push(cell?.content ?? '');
        if (cell && cell.fill.pattern !== 'None')
          fills[`${String.fromCharCode(65 + c)}${r + 1}`] = cell.fill.color;
      }
      values.push(row);
    }
  }
  return { values, fills };
}

const host = {
  sheetNames: () => excel.state.sheets.map((s) => s.name),
  sheet: sheetDump,
  selection: () => excel.state.selection,
  notes: () => Object.fromEntries(excel.state.notes),
  syncCounts: () => excel.contexts.map((c) => c.syncs.length),
  /** Types into a cell as a user would (contents only). */
  type(sheet: string, row: number, column: number, content: Value) {
    const s = excel.state.sheet(sheet) ?? excel.state.addSheet(sheet);
    const cell = s.cell(row, column);
    cell.content = content;
    cell.value = content;
  },
  select(sheet: string, address: string) {
    excel.state.selection = { sheet, address };
  },
};

Object.assign(globalThis, {
  Excel: { run: (batch: Parameters<FakeExcel['run']>[0]) => excel.run(batch) },
  __taizhangHost: host,
});
