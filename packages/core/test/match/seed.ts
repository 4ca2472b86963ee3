import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDocument } from '../../src/data/seed-document.generated.js';
import { matcherSources } from '../../src/match/sources.js';

const here = dirname(fileURLToPath(import.meta.url));
export const seedText = readFileSync(
  join(here, '../../../../seeds/qinghai-new-urbanization-2016-76.txt'),
  'utf8',
);
export { seedDocument };

const sources = matcherSources();
export const seedAgencies = sources.agencies;
export const seedRegions = sources.regions;
