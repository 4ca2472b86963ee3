/** Writes every generated file of the package: the seed dataset, JSON Schemas and registries as JSON. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSchemasAndData } from './schemas.js';
import { renderSeedDataset } from './seed-dataset.js';

const packageRoot = fileURLToPath(new URL('../', import.meta.url));
for (const [path, content] of Object.entries({ ...renderSeedDataset(), ...renderSchemasAndData() })) {
  const target = `${packageRoot}${path}`;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(`${target}.tmp`, content);
  renameSync(`${target}.tmp`, target);
  console.log(`wrote ${path} (${content.length} characters)`);
}
