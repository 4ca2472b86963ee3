/**
 * @taizhang/core — the ledger (台账) of a Chinese government policy document.
 * Each subpath can be imported alone: `@taizhang/core/document`, `/data`, `/formula`, `/report`, `/match`.
 */

export * from './data/index.js';
export * from './document/index.js';
export * from './formula/index.js';
export * from './match/index.js';
export * from './report/index.js';
