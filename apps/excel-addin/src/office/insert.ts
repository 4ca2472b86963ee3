/**
 * Puts a reference (a measure, an agency, an indicator) into the selected cell — only if that cell
 * is empty, so nothing the user typed is replaced. Two round trips.
 */
export type InsertOutcome = { status: 'inserted' | 'not-empty'; address: string };

export async function insertIntoSelection(
  context: Excel.RequestContext,
  text: string,
): Promise<InsertOutcome> {
  const cell = context.workbook.getSelectedRange().getCell(0, 0).load('address,formulas');
  await context.sync();
  const address = cell.address;
  const current = cell.formulas[0]?.[0];
  if (current !== '' && current !== null && current !== undefined) return { status: 'not-empty', address };
  // Text that looks like a formula or number stays text.
  cell.values = [[/^[=+\-@\d]/.test(text) ? `'${text}` : text]];
  await context.sync();
  return { status: 'inserted', address };
}
