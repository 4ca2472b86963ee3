import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDocument } from '@taizhang/core/data';
import {
  applyEditsToPlan,
  type CellEdit,
  parsePeriod,
  resolveReportRegion,
  sampleFill,
  type WorkbookPlan,
} from '@taizhang/core/report';
import { reportIndicators, templatePlan } from '../../src/report-context.js';
import { planToXlsx } from '../../src/xlsx/write-plan.js';

export function plan(region: string, period = '2017'): WorkbookPlan {
  return templatePlan(seedDocument, resolveReportRegion(region), parsePeriod(period));
}

/** Writes a sample filled workbook for a region (plus extra edits) and returns its path. */
export async function writeSample(
  dir: string,
  region: string,
  period = '2017',
  extra: CellEdit[] = [],
  name?: string,
): Promise<string> {
  const p = plan(region, period);
  const path = join(dir, name ?? `${region}-${period}.xlsx`);
  writeFileSync(
    path,
    await planToXlsx(applyEditsToPlan(p, [...sampleFill(p, reportIndicators()), ...extra])),
  );
  return path;
}
