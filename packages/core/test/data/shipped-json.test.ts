import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DATA_SCHEMAS } from '../../scripts/schemas.js';

const packageRoot = new URL('../../', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, packageRoot), 'utf8'));

describe('the plain JSON the package ships validates against the JSON Schemas it ships', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  it.each(Object.entries(DATA_SCHEMAS))('%s conforms to %s', (dataPath, schemaPath) => {
    const validate = ajv.compile(read(schemaPath));
    const ok = validate(read(dataPath));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('a schema rejects data that breaks it (the check can fail)', () => {
    const validate = new Ajv2020({ strict: false }).compile(read('schemas/policy-document.schema.json'));
    const doc = read('data/qinghai-2016-76.json');
    doc.measures[0].number = 'one';
    expect(validate(doc)).toBe(false);
  });

  it('package.json ships schemas/ and data/', () => {
    const pkg = read('package.json');
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'schemas', 'data']));
  });
});
