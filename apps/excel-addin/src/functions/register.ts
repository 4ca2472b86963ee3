/**
 * Registers the custom functions with Excel's shared runtime. Outside Excel (a plain browser, tests)
 * there is no `CustomFunctions` and nothing to register.
 */
import { indicator, target } from './functions.js';

const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
if (runtime?.associate) {
  runtime.associate('INDICATOR', indicator);
  runtime.associate('TARGET', target);
}
