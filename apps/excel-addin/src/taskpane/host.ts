/** The Excel host, when there is one: `Excel.run` from office.js inside Excel. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function excelRun(): ExcelRun | null {
  const excel = (globalThis as { Excel?: { run?: unknown } }).Excel;
  if (typeof excel?.run !== 'function') return null;
  const run = excel.run as (batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>;
  return (<T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    run.call(excel, batch) as Promise<T>) as ExcelRun;
}

/** Office errors carry a code and a debug location; show the message and keep the code for support. */
export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
