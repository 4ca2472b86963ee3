/**
 * A developer's first five minutes: `pnpm pack` the package, install the tarball into a fresh project outside the
 * workspace, and use it from Node ESM, from a browser bundle built by vite, and from a TypeScript consumer.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
let project: string;

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), 'taizhang-pack-'));
  execFileSync('pnpm', ['pack', '--pack-destination', work], { cwd: packageRoot, stdio: 'pipe' });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('pnpm pack wrote no tarball');
  project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { '@taizhang/core': `file:../${tarball}` },
    }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: project,
    stdio: 'pipe',
  });
}, 300_000);

describe('the packed @taizhang/core in a fresh project', () => {
  it('ships dist, schemas, data and no sources or tests', () => {
    const files = execFileSync('find', ['.', '-type', 'f'], {
      cwd: join(project, 'node_modules/@taizhang/core'),
      encoding: 'utf8',
    });
    expect(files).toContain('./dist/index.js');
    expect(files).toContain('./dist/index.d.ts');
    expect(files).toContain('./schemas/policy-document.schema.json');
    expect(files).toContain('./data/qinghai-2016-76.json');
    expect(files).not.toMatch(/\.test\.|\/src\/|\/test\//);
  });

  it('imports from Node ESM, root and every subpath', () => {
    const script = `
      import { parsePolicyDocument } from '@taizhang/core/document';
      import { seedDocument, findAgency } from '@taizhang/core/data';
      import * as formula from '@taizhang/core/formula';
      import * as report from '@taizhang/core/report';
      import * as match from '@taizhang/core/match';
      import * as core from '@taizhang/core';
      const doc = parsePolicyDocument('一、任务\\n(一)推进工作。做好。(各市州人民政府;省公安厅牵头)');
      console.log(JSON.stringify({
        parsed: doc.measures[0].responsibility.lead,
        seed: seedDocument.measures.length,
        agency: findAgency('省自然资源厅')?.short,
        modules: [formula, report, match].map((m) => Object.keys(m).length > 0),
        same: core.seedDocument === seedDocument,
      }));`;
    const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual({
      parsed: ['省公安厅'],
      seed: 39,
      agency: '省国土资源厅',
      modules: [true, true, true],
      same: true,
    });
  });

  it('bundles for the browser with vite: no bare imports left, and it runs', async () => {
    writeFileSync(
      join(project, 'main.js'),
      "import { findMeasure } from '@taizhang/core/data';\nexport const title = findMeasure(8).title;\n",
    );
    await build({
      root: project,
      logLevel: 'silent',
      configFile: false,
      build: {
        lib: { entry: join(project, 'main.js'), formats: ['es'], fileName: 'bundle' },
        outDir: join(project, 'out'),
        minify: true,
      },
    });
    const bundle = readFileSync(join(project, 'out/bundle.js'), 'utf8');
    expect(bundle).not.toMatch(/from\s*["'](zod|@taizhang\/core)/);
    const mod = await import(join(project, 'out/bundle.js'));
    expect(mod.title).toBe('推进海绵城市建设');
  });

  it('types resolve in a TypeScript consumer (and a wrong use is a type error)', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          types: [],
          skipLibCheck: false,
        },
      }),
    );
    writeFileSync(
      join(project, 'ok.ts'),
      "import type { Measure } from '@taizhang/core/document';\nimport { findMeasure } from '@taizhang/core/data';\nconst m: Measure | undefined = findMeasure('M05');\nexport const lead: string[] = m?.responsibility?.lead ?? [];\n",
    );
    const ok = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: project, encoding: 'utf8' });
    expect(ok.stdout).toBe('');
    expect(ok.status).toBe(0);
    writeFileSync(
      join(project, 'bad.ts'),
      "import { findMeasure } from '@taizhang/core/data';\nexport const n: string = findMeasure(5)?.number;\n",
    );
    const bad = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: project, encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/bad\.ts.*TS2322/);
  });
});
