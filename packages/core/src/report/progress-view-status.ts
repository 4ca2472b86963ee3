/**
 * How a measure's status is shown in the progress report and the add-in's Progress view: one colour per
 * status from the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies), always
 * with a text label next to it, so colour is never the only cue (and a black-and-white print still reads).
 */
import { MEASURE_STATUSES, type MeasureStatus } from './layout.js';

/** A cell of the measures × prefectures matrix: a reported status, no workbook yet, or a measure the region does not answer for. */
export type MatrixStatus = MeasureStatus | '未报送' | '不适用';

export interface StatusStyle {
  label: MatrixStatus;
  /** Short English label, shown second. */
  en: string;
  /** Cell background. */
  fill: string;
  /** Text colour on that background (contrast ≥ 4.5:1). */
  text: string;
  /** A one-character mark that survives a grey print: ✓ done, → in progress, ! behind, ○ not started. */
  mark: string;
}

export const STATUS_STYLES: Readonly<Record<MatrixStatus, StatusStyle>> = {
  已完成: { label: '已完成', en: 'done', fill: '#009E73', text: '#000000', mark: '✓' },
  推进中: { label: '推进中', en: 'in progress', fill: '#56B4E9', text: '#000000', mark: '→' },
  滞后: { label: '滞后', en: 'behind', fill: '#D55E00', text: '#000000', mark: '!' },
  未启动: { label: '未启动', en: 'not started', fill: '#F0E442', text: '#000000', mark: '○' },
  未报送: { label: '未报送', en: 'not reported', fill: '#FFFFFF', text: '#595959', mark: '?' },
  不适用: { label: '不适用', en: 'not its measure', fill: '#EEEEEE', text: '#595959', mark: '–' },
};

/** The statuses in the order legends and counts list them: done first, behind last of the reported ones. */
export const MATRIX_STATUSES: readonly MatrixStatus[] = [
  '已完成',
  '推进中',
  '未启动',
  '滞后',
  '未报送',
  '不适用',
];

/** The reported statuses (as in the workbook's list), for charts that count them. */
export const REPORTED_STATUSES: readonly MeasureStatus[] = MEASURE_STATUSES;

/** Colour of an indicator's progress (assessProgress) status, same palette. */
export const PROGRESS_COLOURS = {
  达标: '#009E73',
  正常推进: '#56B4E9',
  滞后: '#D55E00',
  无法判断: '#999999',
} as const;
