export { ParseError, type SourceLocation } from './errors.js';
export { parseChineseNumeral, toChineseNumeral } from './numerals.js';
export { DEFAULT_MAX_DOCUMENT_LENGTH, type ParseOptions, parsePolicyDocument } from './parse.js';
export * from './schema.js';
