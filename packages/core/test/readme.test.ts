/**
 * Runs every ```ts example of the package README against the built package, as a consumer would import it, and
 * checks that each `console.log(…); //=> JSON` line prints that value.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('../', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);

// A project that depends on @taizhang/core, resolved to this package (its `exports`, i.e. the build).
const project = mkdtempSync(join(tmpdir(), 'taizhang-readme-'));
mkdirSync(join(project, 'node_modules/@taizhang'), { recursive: true });
symlinkSync(packageRoot, join(project, 'node_modules/@taizhang/core'));
writeFileSync(join(project, 'package.json'), '{"type":"module"}');

describe('the README examples', () => {
  it('has examples', () => expect(examples.length).toBeGreaterThanOrEqual(4));

  it.each(examples.map((code, i) => [i + 1, code] as const))(
    'example %i runs and prints what it says',
    (i, code) => {
      const expected = [...code.matchAll(/\/\/=> (.*)$/gm)].map((m) =>
        JSON.stringify(JSON.parse(m[1] as string)),
      );
      const shown = code.replace(/console\.log\(/g, '__show(');
      const file = join(project, `example-${i}.ts`);
      writeFileSync(
        file,
        `const __show = (...values: unknown[]) => process.stdout.write(JSON.stringify(values.length === 1 ? values[0] : values) + '\\n');\n${shown}`,
      );
      const run = spawnSync(process.execPath, [tsx, file], { cwd: project, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout.trim().split('\n')).toEqual(expected);
    },
  );
});
