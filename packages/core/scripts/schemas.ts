/**
 * JSON Schemas generated from core's zod schemas, and the registries as plain JSON, for systems that are not
 * TypeScript. Shipped in the package under `schemas/` and `data/`.
 */
import { z } from 'zod';
import { Agency } from '../src/data/agencies.js';
import { agencies } from '../src/data/agencies-lookup.js';
import { LocalGovernmentExpansion } from '../src/data/local-governments.js';
import { Region } from '../src/data/regions.js';
import { regions } from '../src/data/regions-lookup.js';
import { seedDocument } from '../src/data/seed-document.generated.js';
import { PolicyDocument } from '../src/document/schema.js';
import { Target } from '../src/document/targets.js';
import { extractTargets } from '../src/document/targets-extract.js';
import { Indicator } from '../src/formula/indicator.js';
import { indicators } from '../src/formula/indicators.js';

const SCHEMA_BASE = 'urn:taizhang:schema:';

function schemaFile(name: string, schema: z.ZodType, description: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: `${SCHEMA_BASE}${name}`, description, ...json }, null, 2)}\n`;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function renderSchemasAndData(): Record<string, string> {
  return {
    'schemas/policy-document.schema.json': schemaFile(
      'policy-document',
      PolicyDocument,
      'A parsed policy document: metadata, sections, measures and their responsibility clauses, with offsets into the source text.',
    ),
    'schemas/agency.schema.json': schemaFile(
      'agency',
      Agency,
      'A body named in a responsibility clause, with its names, kind, successors and the provenance of each fact.',
    ),
    'schemas/agencies.schema.json': schemaFile('agencies', z.array(Agency), 'The agency registry.'),
    'schemas/region.schema.json': schemaFile(
      'region',
      Region,
      'An administrative division as it was in 2016, with GB/T 2260 code and later changes.',
    ),
    'schemas/regions.schema.json': schemaFile('regions', z.array(Region), 'The region registry.'),
    'schemas/indicator.schema.json': schemaFile(
      'indicator',
      Indicator,
      'A statistical indicator: definition, inputs and how they aggregate, formula, measures it tracks.',
    ),
    'schemas/indicators.schema.json': schemaFile(
      'indicators',
      z.array(Indicator),
      'The indicator catalogue.',
    ),
    'schemas/local-government-expansion.schema.json': schemaFile(
      'local-government-expansion',
      LocalGovernmentExpansion,
      'What a local-government phrase of a clause covers.',
    ),
    'schemas/target.schema.json': schemaFile(
      'target',
      Target,
      'A quantified or dated commitment of a measure, with its value, unit, comparator, deadline and span in the text.',
    ),
    'schemas/targets.schema.json': schemaFile(
      'targets',
      z.array(Target),
      'The targets extracted from a document.',
    ),
    'data/agencies.json': json(agencies()),
    'data/regions.json': json(regions()),
    'data/indicators.json': json(indicators),
    'data/qinghai-2016-76-targets.json': json(extractTargets(seedDocument)),
  };
}

/** Which schema each shipped data file conforms to. */
export const DATA_SCHEMAS: Record<string, string> = {
  'data/qinghai-2016-76.json': 'schemas/policy-document.schema.json',
  'data/agencies.json': 'schemas/agencies.schema.json',
  'data/regions.json': 'schemas/regions.schema.json',
  'data/indicators.json': 'schemas/indicators.schema.json',
  'data/qinghai-2016-76-targets.json': 'schemas/targets.schema.json',
};
