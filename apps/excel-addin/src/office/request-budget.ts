/**
 * Excel on the web refuses a request over 5 MB. Writes are queued against a budget; when the next
 * write would take the queued request over it, the queue is sent first. A workbook of ordinary size
 * fits in one request, so the number of round trips does not grow with the number of rows until
 * the data itself passes the limit.
 */
export const EXCEL_WEB_REQUEST_LIMIT = 5 * 1024 * 1024;
/** Leave headroom for the request's own envelope (object paths, method names). */
export const DEFAULT_REQUEST_BUDGET = 4 * 1024 * 1024;

const encoder = new TextEncoder();

/** Bytes a value takes in the JSON request body. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

export class RequestBudget {
  private queued = 0;
  constructor(
    private readonly context: { sync(): Promise<unknown> },
    readonly limit: number = DEFAULT_REQUEST_BUDGET,
  ) {}

  /** Call before queueing a write of about `bytes`; sends what is queued if the write would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) {
      await this.context.sync();
      this.queued = 0;
    }
    this.queued += bytes;
  }

  /** Sends whatever is queued (always one round trip, so callers can rely on the writes having landed). */
  async flush(): Promise<void> {
    await this.context.sync();
    this.queued = 0;
  }
}

/**
 * Splits rows into consecutive bands whose JSON size stays under `limit`, so a huge sheet is written
 * in a few large requests rather than one request Excel refuses. Returns [start, endExclusive] pairs.
 */
export function rowBands(rowBytes: number[], limit: number): Array<[number, number]> {
  const bands: Array<[number, number]> = [];
  let start = 0;
  let size = 0;
  rowBytes.forEach((bytes, i) => {
    if (i > start && size + bytes > limit) {
      bands.push([start, i]);
      start = i;
      size = 0;
    }
    size += bytes;
  });
  if (rowBytes.length > start) bands.push([start, rowBytes.length]);
  return bands;
}
