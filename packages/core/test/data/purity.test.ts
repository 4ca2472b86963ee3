import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../src/data/', import.meta.url);
/** The registries' modules: they ship in the browser extension's content script. */
const registryFiles = readdirSync(dir).filter((f) =>
  /^(agencies|regions|local-governments|provenance)[\w-]*\.ts$/.test(f),
);

describe('the agency and region registries', () => {
  it('are the expected modules', () => {
    expect(registryFiles).toContain('agencies-registry.ts');
    expect(registryFiles).toContain('regions-registry.ts');
    expect(registryFiles).toContain('local-governments.ts');
  });

  it('import nothing but zod and each other: no Node, DOM or host APIs, and not the reference JSON', () => {
    for (const file of registryFiles) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) {
        expect(spec === 'zod' || /^\.\/[\w-]+\.js$/.test(spec ?? ''), `${file} imports ${spec}`).toBe(true);
      }
      expect(source, file).not.toMatch(/\b(?:document|window|process|require)\s*[.(]/);
    }
  });
});
