export * from './ast.js';
export * from './evaluate.js';
export * from './excel.js';
export * from './parse.js';
export * from './print.js';
export * from './round.js';
