export { ParseError, type SourceLocation } from './errors.js';
export { parseChineseNumeral, toChineseNumeral } from './numerals.js';
export { DEFAULT_MAX_DOCUMENT_LENGTH, type ParseOptions, parsePolicyDocument } from './parse.js';
export * from './schema.js';
export { effectiveDeadline, Target, TargetComparator, TargetScope } from './targets.js';
export { type Expression, findExpressions } from './targets-expressions.js';
export {
  type ExtractTargetsOptions,
  extractTargets,
  type LinkableIndicator,
  maskText,
  targetsOfIndicator,
} from './targets-extract.js';
export { scopeOf } from './targets-scope.js';
