import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UserError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `util.parseArgs` with the CLI's error style: an unknown option is a one-line user error, exit 2. */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UserError(`${message}\n用法 / usage: ${usage}`);
  }
}
