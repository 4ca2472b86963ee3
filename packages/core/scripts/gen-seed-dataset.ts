import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSeedDataset } from './seed-dataset.js';

const packageRoot = fileURLToPath(new URL('../', import.meta.url));
for (const [path, content] of Object.entries(renderSeedDataset())) {
  const target = `${packageRoot}${path}`;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(`${target}.tmp`, content);
  renameSync(`${target}.tmp`, target);
  console.log(`wrote ${path} (${content.length} characters)`);
}
