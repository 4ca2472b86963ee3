/**
 * How far a target has come: completion, whether the current value is on the straight line from
 * the baseline to the deadline, and a status (达标 / 正常推进 / 滞后 / 无法判断) with its reasons,
 * in Chinese and English, ready to show.
 */

/** A reporting period. A value is taken at the period's end: the end of `month`, or of the year when there is none. */
export interface Period {
  year: number;
  /** 1–12; absent for a whole year. */
  month?: number;
}

/** What progress needs of a target; `Target` from the document model has these fields. */
export interface ProgressTarget {
  value: number | null;
  comparator: 'at-least' | 'at-most' | 'about' | 'complete' | null;
  /** For a qualitative target (稳步提高 → up, 降低 → down). */
  direction?: 'up' | 'down' | null;
  /** Year by whose end the target is due. */
  deadline: number | null;
  /**
   * `yearly`: due every year (每年); a period's value counts from January, and part of a year is
   * judged pro rata. `quarterly`/`monthly`: the current value is that quarter's or month's.
   */
  recurrence?: 'yearly' | 'quarterly' | 'monthly' | null;
  unit?: string | null;
}

export interface Observation {
  value: number;
  period: Period;
}

export interface ProgressInput {
  target: ProgressTarget;
  /** The indicator's direction; `at-most` targets and `down` targets are lower-is-better whatever this says. */
  indicatorDirection?: 'higher-is-better' | 'lower-is-better';
  baseline?: Observation | null;
  current?: Observation | null;
}

export type ProgressStatus = '达标' | '正常推进' | '滞后' | '无法判断';

const STATUS_EN: Record<ProgressStatus, 'met' | 'on-track' | 'behind' | 'unknown'> = {
  达标: 'met',
  正常推进: 'on-track',
  滞后: 'behind',
  无法判断: 'unknown',
};

export interface Progress {
  status: ProgressStatus;
  statusEn: 'met' | 'on-track' | 'behind' | 'unknown';
  /** Share of the way from the baseline (or from 0) to the target, in %; may exceed 100. */
  completion: number | null;
  /** What the straight path from the baseline to the deadline expects by the current period. */
  expected: number | null;
  onTrack: boolean | null;
  /** The target value progress was measured against (100 for a `complete` target without a value). */
  targetValue: number | null;
  reasoning: { zh: string; en: string };
}

/** `about` (左右) accepts a value this close to the target, relative to it: 60%左右 is met from 58.8%. */
export const ABOUT_TOLERANCE = 0.02;

/** A period's end as a fractional year: 2018 → 2019.0, 2018-06 → 2018.5. */
export function periodEnd(period: Period): number {
  const month = period.month ?? 12;
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`month must be 1–12, got ${month}`);
  return period.year + month / 12;
}

function label(period: Period): string {
  return period.month ? `${period.year}年${period.month}月` : `${period.year}年`;
}

function labelEn(period: Period): string {
  return period.month ? `${period.year}-${String(period.month).padStart(2, '0')}` : `${period.year}`;
}

function fmt(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function result(
  status: ProgressStatus,
  fields: {
    completion?: number | null;
    expected?: number | null;
    onTrack?: boolean | null;
    targetValue?: number | null;
  },
  zh: string,
  en: string,
): Progress {
  return {
    status,
    statusEn: STATUS_EN[status],
    completion: fields.completion ?? null,
    expected: fields.expected ?? null,
    onTrack: fields.onTrack ?? null,
    targetValue: fields.targetValue ?? null,
    reasoning: { zh, en },
  };
}

/** Assesses a target's progress from a baseline and a current observation. Never throws for missing data: it says 无法判断 and why. */
export function assessProgress(input: ProgressInput): Progress {
  const { target, baseline, current } = input;
  const lowerIsBetter =
    target.comparator === 'at-most' ||
    target.direction === 'down' ||
    (target.direction !== 'up' && input.indicatorDirection === 'lower-is-better');
  const unit = target.unit ?? '';
  if (!current)
    return result(
      '无法判断',
      {},
      '没有本期数值，无法判断。',
      'No current value: progress cannot be assessed.',
    );
  const finite = (v: number | null | undefined): boolean =>
    v === null || v === undefined || Number.isFinite(v);
  if (!finite(current.value) || !finite(baseline?.value) || !finite(target.value)) {
    return result(
      '无法判断',
      {},
      '数值不是有限数，无法判断。',
      'A value is not a finite number: progress cannot be assessed.',
    );
  }

  const targetValue = target.value ?? (target.comparator === 'complete' ? 100 : null);
  if (targetValue === null) {
    // A qualitative target: only the direction of change can be judged.
    const wanted = target.direction ?? (lowerIsBetter ? 'down' : 'up');
    if (!baseline)
      return result(
        '无法判断',
        {},
        '目标无量化数值，且没有基期数值，无法判断变化方向。',
        'The target has no number and there is no baseline: the direction of change cannot be judged.',
      );
    const change = current.value - baseline.value;
    const good = wanted === 'up' ? change > 0 : change < 0;
    const word = wanted === 'up' ? '提高' : '降低';
    const wordEn = wanted === 'up' ? 'rise' : 'fall';
    return result(
      good ? '正常推进' : '滞后',
      { onTrack: good },
      `目标要求${word}：${label(current.period)}为${fmt(current.value)}${unit}，${label(baseline.period)}为${fmt(baseline.value)}${unit}，${good ? `已${word}` : `未${word}`}。`,
      `The target asks for a ${wordEn}: ${fmt(current.value)}${unit} in ${labelEn(current.period)} against ${fmt(baseline.value)}${unit} in ${labelEn(baseline.period)} — ${good ? `it did ${wordEn}` : `it did not ${wordEn}`}.`,
    );
  }

  const tolerance = target.comparator === 'about' ? Math.abs(targetValue) * ABOUT_TOLERANCE : 0;
  const met = lowerIsBetter
    ? current.value <= targetValue + tolerance
    : current.value >= targetValue - tolerance;
  const comparatorZh = lowerIsBetter ? '不高于' : '不低于';
  const comparatorEn = lowerIsBetter ? 'at most' : 'at least';
  const aim = `${comparatorZh}${fmt(targetValue)}${unit}${target.comparator === 'about' ? '左右' : ''}`;
  const aimEn = `${target.comparator === 'about' ? 'about' : comparatorEn} ${fmt(targetValue)}${unit}`;

  if (target.recurrence) {
    const yearly = target.recurrence === 'yearly';
    const per = yearly ? '每年' : target.recurrence === 'quarterly' ? '每季度' : '每月';
    const perEn = yearly ? 'Yearly' : target.recurrence === 'quarterly' ? 'Quarterly' : 'Monthly';
    const elapsed = yearly ? (current.period.month ?? 12) / 12 : 1;
    const completion = targetValue === 0 ? null : (current.value / targetValue) * 100;
    const expected = targetValue * elapsed;
    if (met) {
      return result(
        '达标',
        { completion, expected, onTrack: true, targetValue },
        `${per}目标${aim}，${label(current.period)}累计${fmt(current.value)}${unit}，已达到。`,
        `${perEn} target ${aimEn}; ${fmt(current.value)}${unit} so far in ${labelEn(current.period)}: met.`,
      );
    }
    if (elapsed >= 1) {
      return result(
        '滞后',
        { completion, expected, onTrack: false, targetValue },
        `${per}目标${aim}，${yearly ? `${current.period.year}年全年` : '本期'}${fmt(current.value)}${unit}，未达到。`,
        `${perEn} target ${aimEn}; ${yearly ? `the whole of ${current.period.year}` : 'the period'} gave ${fmt(current.value)}${unit}: not met.`,
      );
    }
    const onTrack = lowerIsBetter ? current.value <= expected : current.value >= expected;
    return result(
      onTrack ? '正常推进' : '滞后',
      { completion, expected, onTrack, targetValue },
      `${per}目标${aim}，按时间进度到${label(current.period)}应完成${fmt(expected)}${unit}，实际${fmt(current.value)}${unit}，${onTrack ? '进度正常' : '进度滞后'}。`,
      `${perEn} target ${aimEn}; by ${labelEn(current.period)} the pro-rata path expects ${fmt(expected)}${unit}, actual ${fmt(current.value)}${unit}: ${onTrack ? 'on track' : 'behind'}.`,
    );
  }

  const completion =
    baseline && targetValue !== baseline.value
      ? ((current.value - baseline.value) / (targetValue - baseline.value)) * 100
      : !baseline && !lowerIsBetter && targetValue > 0
        ? (current.value / targetValue) * 100
        : null;

  if (met) {
    return result(
      '达标',
      { completion, onTrack: true, targetValue },
      `目标${aim}，${label(current.period)}为${fmt(current.value)}${unit}，已达到。`,
      `Target ${aimEn}; ${fmt(current.value)}${unit} in ${labelEn(current.period)}: met.`,
    );
  }
  if (target.deadline === null) {
    return result(
      '无法判断',
      { completion, targetValue },
      `目标${aim}，尚未达到，但目标没有期限，无法判断进度是否正常。`,
      `Target ${aimEn} is not met yet, and it has no deadline: whether progress is on track cannot be judged.`,
    );
  }
  const due = target.deadline + 1;
  const now = periodEnd(current.period);
  if (now >= due) {
    return result(
      '滞后',
      { completion, onTrack: false, targetValue },
      `目标${aim}，期限${target.deadline}年已到，${label(current.period)}为${fmt(current.value)}${unit}，未达到。`,
      `Target ${aimEn} was due by the end of ${target.deadline}; ${fmt(current.value)}${unit} in ${labelEn(current.period)}: not met.`,
    );
  }
  if (!baseline) {
    return result(
      '无法判断',
      { completion, targetValue },
      `目标${aim}，尚未达到；没有基期数值，无法画出从基期到${target.deadline}年的进度线。`,
      `Target ${aimEn} is not met yet; without a baseline there is no path to ${target.deadline} to compare with.`,
    );
  }
  const start = periodEnd(baseline.period);
  if (start >= due || now < start) {
    return result(
      '无法判断',
      { completion, targetValue },
      `基期${label(baseline.period)}须早于本期和期限${target.deadline}年，无法判断。`,
      `The baseline ${labelEn(baseline.period)} must lie before the current period and before the deadline ${target.deadline}.`,
    );
  }
  const expected = baseline.value + ((targetValue - baseline.value) * (now - start)) / (due - start);
  const onTrack = lowerIsBetter ? current.value <= expected : current.value >= expected;
  return result(
    onTrack ? '正常推进' : '滞后',
    { completion, expected, onTrack, targetValue },
    `目标${target.deadline}年${aim}。从${label(baseline.period)}的${fmt(baseline.value)}${unit}按直线推进，到${label(current.period)}应为${fmt(expected)}${unit}，实际${fmt(current.value)}${unit}，${onTrack ? '进度正常' : '进度滞后'}。`,
    `Target ${aimEn} by ${target.deadline}. On the straight path from ${fmt(baseline.value)}${unit} in ${labelEn(baseline.period)}, ${labelEn(current.period)} should be at ${fmt(expected)}${unit}; actual ${fmt(current.value)}${unit}: ${onTrack ? 'on track' : 'behind'}.`,
  );
}
