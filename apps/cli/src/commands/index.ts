import type { Command } from '../command.js';
import { demoCommand } from './demo.js';
import { evalCommand } from './eval.js';
import { fillCommand } from './fill.js';
import { indicatorsCommand } from './indicators.js';
import { mergeCommand } from './merge.js';
import { parseCommand } from './parse.js';
import { reportCommand } from './report.js';
import { showCommand } from './show.js';
import { targetsCommand } from './targets.js';
import { validateCommand } from './validate.js';

/** Every command of `taizhang`, in the order `taizhang help` lists them. Adding a command touches this list once. */
export const commands: Command[] = [
  parseCommand,
  showCommand,
  fillCommand,
  validateCommand,
  mergeCommand,
  reportCommand,
  targetsCommand,
  indicatorsCommand,
  evalCommand,
  demoCommand,
];
