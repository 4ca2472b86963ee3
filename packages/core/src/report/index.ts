export type * from './plan.js';
export type * from './grid.js';
