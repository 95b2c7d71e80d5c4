// The JSON Schema export: a draft 2020-12 document that describes every top-level scenario field
// and survives JSON serialisation.
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema();

  it('is a draft 2020-12 object schema with a title and description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(typeof schema.title).toBe('string');
    expect(typeof schema.description).toBe('string');
  });

  it('has a property for every top-level scenario field, all required but the optional $schema and changesDuringRun, no others allowed', () => {
    const fields = Object.keys(scenarioSchema.shape).sort();
    expect(Object.keys(schema.properties as object).sort()).toEqual(fields);
    expect([...(schema.required as string[])].sort()).toEqual(fields.filter((f) => f !== '$schema' && f !== 'changesDuringRun'));
    expect(schema.additionalProperties).toBe(false);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('returns a fresh object each call', () => {
    expect(scenarioJsonSchema()).not.toBe(schema);
    expect(scenarioJsonSchema()).toEqual(schema);
  });
});
