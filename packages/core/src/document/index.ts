export * from './schema.js';
export { parsePolicyDocument, DEFAULT_MAX_DOCUMENT_LENGTH, type ParseOptions } from './parse.js';
export { ParseError, type SourceLocation } from './errors.js';
export { parseChineseNumeral, toChineseNumeral } from './numerals.js';
