/**
 * A reporting period: a year (`2017`), a half-year (`2017H1`, `2017H2`) or a quarter (`2017Q1`…`2017Q4`).
 * Every period has a "same period last year" to compare against (核实性审核 on year-on-year change).
 */
export interface ReportPeriod {
  /** Canonical code, e.g. `2017`, `2017H1`, `2017Q3`. */
  code: string;
  kind: 'year' | 'half' | 'quarter';
  year: number;
  /** 1–2 for halves, 1–4 for quarters, 1 for a year. */
  part: number;
  /** Chinese label, e.g. `2017年`, `2017年上半年`, `2017年第三季度`. */
  label: string;
}

const QUARTERS = ['一', '二', '三', '四'];

/** Parses `2017`, `2017H1`, `2017Q3` (case-insensitive, also `2017-Q3`). Throws a message saying what is accepted. */
export function parsePeriod(text: string): ReportPeriod {
  const m = /^(\d{4})(?:-?([HhQq])([1-4]))?$/.exec(text.trim());
  const year = m ? Number(m[1]) : Number.NaN;
  if (!m || year < 2000 || year > 2100) {
    throw new RangeError(
      `报告期 "${text}" 无法识别：请写年份 2017、半年 2017H1/2017H2 或季度 2017Q1…2017Q4 / period "${text}" not recognised: use a year (2017), a half-year (2017H1) or a quarter (2017Q3)`,
    );
  }
  const letter = m[2]?.toUpperCase();
  const part = Number(m[3] ?? 1);
  if (!letter) return { code: `${year}`, kind: 'year', year, part: 1, label: `${year}年` };
  if (letter === 'H') {
    if (part > 2)
      throw new RangeError(`报告期 "${text}"：半年只有 H1、H2 / a year has two halves, H1 and H2`);
    return {
      code: `${year}H${part}`,
      kind: 'half',
      year,
      part,
      label: `${year}年${part === 1 ? '上' : '下'}半年`,
    };
  }
  return {
    code: `${year}Q${part}`,
    kind: 'quarter',
    year,
    part,
    label: `${year}年第${QUARTERS[part - 1]}季度`,
  };
}

/** The same period one year earlier: 2017Q3 → 2016Q3. */
export function samePeriodLastYear(period: ReportPeriod): ReportPeriod {
  const suffix = period.kind === 'year' ? '' : `${period.kind === 'half' ? 'H' : 'Q'}${period.part}`;
  return parsePeriod(`${period.year - 1}${suffix}`);
}
