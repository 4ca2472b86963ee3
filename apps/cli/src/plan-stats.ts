import { FIRST_DATA_ROW, parseA1, SHEET, type WorkbookPlan } from '@taizhang/core/report';

/** How many measures, indicators and input cells a template has, for the CLI's summary line. */
export function countPlanCells(plan: WorkbookPlan): { measures: number; indicators: number; inputs: number } {
  const rows = (name: string) => {
    const sheet = plan.sheets.find((s) => s.name === name);
    return new Set((sheet?.cells ?? []).map((c) => parseA1(c.address).row).filter((r) => r >= FIRST_DATA_ROW))
      .size;
  };
  const inputs = plan.sheets
    .filter((s) => s.name === SHEET.measures || s.name === SHEET.indicators)
    .reduce((n, s) => n + s.cells.filter((c) => c.locked === false).length, 0);
  return { measures: rows(SHEET.measures), indicators: rows(SHEET.indicators), inputs };
}
