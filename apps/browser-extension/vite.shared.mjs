import { fileURLToPath } from 'node:url';

/**
 * Resolve @taizhang/core to its TypeScript sources: the extension bundles exactly the modules it
 * uses, and builds without waiting for core's own build.
 */
const core = fileURLToPath(new URL('../../packages/core/src/', import.meta.url));
export const alias = [
  { find: /^@taizhang\/core\/(document|data|match|formula|report)$/, replacement: `${core}$1/index.ts` },
];

/**
 * zod probes for `new Function` to compile fast validators and falls back to plain code when it is
 * refused. Extension pages forbid eval by CSP anyway; replacing the probe's `Function` with one
 * that throws takes eval out of the bundle (web-ext lint then has nothing to warn about) and zod
 * takes its eval-free path, as it would under the CSP.
 */
export const noEval = {
  name: 'taizhang-no-eval',
  transform(code, id) {
    if (!/[\\/]zod[\\/]/.test(id) || !code.includes('const F = Function;')) return null;
    return {
      code: code.replaceAll(
        'const F = Function;',
        'const F = function () { throw new EvalError("eval is not used in the extension"); };',
      ),
      map: null,
    };
  },
};
