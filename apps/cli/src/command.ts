/**
 * One CLI command per file under `commands/`, registered in `commands/index.ts`.
 * A command returns its exit code: 0 done/clean, 1 problems found, 2 could not do it (bad input).
 */
export interface CommandContext {
  /** Arguments after the command name. */
  args: string[];
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
}

export interface Command {
  name: string;
  /** One line for `taizhang help`, Chinese then English. */
  summary: string;
  usage: string;
  run(ctx: CommandContext): Promise<number>;
}

/** An error the user can act on: printed as one line on stderr, exit code 2 (or `exitCode`). */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
