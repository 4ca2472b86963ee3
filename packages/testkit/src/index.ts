export { encodeGb18030, encodeUtf16, latin1 } from './fuzz/encodings.js';
export { DEFAULT_SEED, type FuzzOptions, parseFuzzOptions, scaled } from './fuzz/options.js';
export { type Random, random } from './fuzz/random.js';
export { clean, type FuzzSummary, formatSummary } from './fuzz/summary.js';
export {
  createRecalcProfile,
  findSoffice,
  LibreOfficeMissingError,
  type RecalcFormat,
  type RecalcOptions,
  type RecalcResult,
  recalculateWithLibreOffice,
} from './libreoffice.js';
export {
  parseCsv,
  type RecalculatedSheet,
  type RecalculatedValue,
  readRecalculatedValues,
} from './read-values.js';
export { withTempDir } from './temp-dir.js';
