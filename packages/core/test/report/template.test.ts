import { describe, expect, it } from 'vitest';
import { seedDocument } from '../../src/data/index.js';
import {
  INDICATOR_COLUMNS,
  MEASURE_STATUSES,
  measuresForRegion,
  parseA1,
  parseRange,
  rangeContains,
  renderTemplate,
  reportingPrefectures,
  resolveReportRegion,
  SHEET,
} from '../../src/report/index.js';
import { indicators, template } from './fixtures.js';

const ALLOWED_FUNCTIONS = new Set(['IF', 'OR', 'AND', 'ROUND', 'MIN', 'MAX', 'ABS', 'SUM', 'IFERROR']);

describe('renderTemplate', () => {
  const plan = template('西宁市', '2017');
  const sheet = (name: string) => plan.sheets.find((s) => s.name === name);

  it('has the instructions, measures, indicators, explanations and a hidden identity sheet', () => {
    expect(plan.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['说明', 'visible'],
      ['措施', 'visible'],
      ['指标', 'visible'],
      ['核实说明', 'visible'],
      ['_taizhang', 'hidden'],
    ]);
  });

  it('lists exactly the measures whose responsibility clause names the region', () => {
    const measures = sheet(SHEET.measures);
    const ids = measures?.cells
      .filter((c) => parseA1(c.address).column === 1 && parseA1(c.address).row >= 2)
      .map((c) => c.value);
    const expected = seedDocument.measures
      .filter((m) => m.responsibility?.regions.includes('630100'))
      .map((m) => m.id);
    expect(ids).toEqual(expected);
    expect(ids?.length).toBeGreaterThan(0);
  });

  it('every input cell is unlocked and covered by a data validation; every other cell is locked', () => {
    for (const s of [sheet(SHEET.measures), sheet(SHEET.indicators), sheet(SHEET.explanations)]) {
      const ranges = (s?.validations ?? []).map((v) => parseRange(v.range));
      const inputs = (s?.cells ?? []).filter((c) => c.locked === false);
      expect(inputs.length).toBeGreaterThan(0);
      for (const c of inputs)
        expect(
          ranges.some((r) => rangeContains(r, parseA1(c.address))),
          `${s?.name}!${c.address}`,
        ).toBe(true);
      expect((s?.cells ?? []).filter((c) => c.locked === undefined)).toEqual([]);
    }
  });

  it('list validations stay within Excel’s 255 characters', () => {
    const lists = plan.sheets.flatMap((s) => s.validations).filter((v) => v.type === 'list');
    expect(lists.length).toBeGreaterThan(0);
    for (const v of lists) if (v.type === 'list') expect(v.values.join(',').length).toBeLessThanOrEqual(255);
    expect(lists.some((v) => v.type === 'list' && v.values.join() === MEASURE_STATUSES.join())).toBe(true);
  });

  it('formulas use only functions Excel 2016, WPS and LibreOffice all have', () => {
    const formulas = plan.sheets.flatMap((s) => s.cells).flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas.length).toBeGreaterThan(20);
    for (const f of formulas) {
      const names = [...f.replace(/"[^"]*"/g, '').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
      for (const n of names) expect(ALLOWED_FUNCTIONS.has(n ?? ''), `${n} in ${f}`).toBe(true);
    }
  });

  it('the value formula is the catalogue formula compiled for the row’s input cells', () => {
    const s = sheet(SHEET.indicators);
    const row = s?.cells.find((c) => c.value === 'urbanization-rate-resident');
    const r = parseA1(row?.address ?? 'A1').row + 1;
    const value = s?.cells.find((c) => c.address === `P${r}`);
    expect(INDICATOR_COLUMNS.value).toBe(15);
    expect(value?.formula).toBe(`=IF(OR(H${r}="",K${r}="",K${r}=0),"",ROUND(H${r}/K${r}*100,2))`);
  });

  it('is deterministic, and each prefecture and the province get their own identity', () => {
    expect(JSON.stringify(template('西宁市', '2017'))).toBe(JSON.stringify(plan));
    const codes = reportingPrefectures().map((r) => {
      const p = renderTemplate({ document: seedDocument, region: r, period: '2017Q3', indicators });
      return p.sheets.find((s) => s.name === SHEET.identity)?.cells.find((c) => c.address === 'B3')?.value;
    });
    expect(codes).toEqual(['630100', '630200', '632200', '632300', '632500', '632600', '632700', '632800']);
    expect(measuresForRegion(seedDocument, '630000')).toHaveLength(seedDocument.measures.length);
  });

  it('resolves regions by name, short name and code, and refuses counties with a list of choices', () => {
    expect(resolveReportRegion('海北州')).toEqual({ code: '632200', name: '海北藏族自治州' });
    expect(resolveReportRegion('630100').name).toBe('西宁市');
    expect(resolveReportRegion('青海省').code).toBe('630000');
    expect(() => resolveReportRegion('湟中县')).toThrow(/市州/);
    expect(() => resolveReportRegion('北京')).toThrow(/找不到/);
  });
});

describe('targets from the document', () => {
  it('renderTemplate without indicators uses the catalogue with the document’s targets (what every host should render)', () => {
    const region = resolveReportRegion('西宁市');
    expect(JSON.stringify(renderTemplate({ document: seedDocument, region, period: '2017' }))).toBe(
      JSON.stringify(template('西宁市', '2017')),
    );
  });

  it('a prefecture compares rates against the province’s targets; counts are the province’s alone', () => {
    const xining = template('西宁市', '2017');
    const province = template('青海省', '2017');
    const targetOf = (plan: ReturnType<typeof template>, id: string) => {
      const sheet = plan.sheets.find((s) => s.name === SHEET.indicators);
      const row = parseA1(sheet?.cells.find((c) => c.value === id)?.address ?? 'A1').row + 1;
      return [
        sheet?.cells.find((c) => c.address === `D${row}`)?.value,
        sheet?.cells.find((c) => c.address === `E${row}`)?.value,
      ];
    };
    expect(targetOf(xining, 'shantytown-renovation-completion-rate')).toEqual([100, 2020]);
    expect(targetOf(xining, 'land-contract-rights-certification-rate')).toEqual([100, 2017]);
    expect(targetOf(xining, 'farmer-herder-skills-training')).toEqual([null, null]);
    expect(targetOf(province, 'farmer-herder-skills-training')).toEqual([70000, 2017]);
    expect(targetOf(template('海东市', '2017'), 'sponge-city-area-ratio')).toEqual([null, null]);
    expect(targetOf(xining, 'sponge-city-area-ratio')).toEqual([100, 2019]);
  });
});
