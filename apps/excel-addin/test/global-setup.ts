/**
 * Builds what the tests look at, once per run: the task pane as shipped (vite build + functions.json,
 * exactly the package's `build` script) and the scripted Office host for Chromium (one classic script).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export default async function setup(): Promise<void> {
  try {
    execFileSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: Buffer; stdout?: Buffer };
    throw new Error(
      `the add-in's build failed, so its tests cannot run:\n${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`,
    );
  }
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: 'node_modules/.cache/excel-addin-test',
      emptyOutDir: true,
      lib: {
        entry: 'test/fake-excel/browser.ts',
        formats: ['iife'],
        name: 'TaizhangFakeHost',
        fileName: () => 'fake-host.js',
      },
    },
  });
}
