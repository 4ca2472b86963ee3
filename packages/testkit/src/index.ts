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
