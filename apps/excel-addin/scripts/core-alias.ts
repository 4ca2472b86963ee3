import { fileURLToPath } from 'node:url';

/**
 * The add-in bundles core from its TypeScript sources, so a task pane build never waits for
 * (or picks up a stale) `packages/core/dist`. Subpaths map to each module's index.
 */
const coreSrc = fileURLToPath(new URL('../../../packages/core/src/', import.meta.url));

export const coreSourceAliases = [
  { find: /^@taizhang\/core$/, replacement: `${coreSrc}index.ts` },
  { find: /^@taizhang\/core\/(document|data|formula|report|match)$/, replacement: `${coreSrc}$1/index.ts` },
];
