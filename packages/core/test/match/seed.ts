import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agencies } from '../../src/data/agencies-lookup.js';
import { parsePolicyDocument } from '../../src/document/parse.js';
import { agencyNames } from '../../src/match/registry.js';
import type { RegionNames } from '../../src/match/referent.js';

const here = dirname(fileURLToPath(import.meta.url));
export const seedText = readFileSync(join(here, '../../../../seeds/qinghai-new-urbanization-2016-76.txt'), 'utf8');
export const seedDocument = parsePolicyDocument(seedText, { name: 'qinghai-new-urbanization-2016-76.txt' });
export const seedAgencies = agencyNames(agencies());
/** The prefectures, as the region registry will give them. */
export const prefectures: RegionNames[] = [
  { code: '630100', names: ['西宁市', '西宁'] },
  { code: '630200', names: ['海东市', '海东'] },
  { code: '632200', names: ['海北藏族自治州', '海北州'] },
  { code: '632800', names: ['海西蒙古族藏族自治州', '海西州'] },
];
