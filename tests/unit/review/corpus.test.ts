// The corpus in tests/fixtures/notes: good notes raise no warning or error; bad notes raise exactly what they list.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dialects, reviewContextSchema, type ReviewEngine } from '../../../src-shared/review/index.ts';
import { createNodeReviewEngine } from '../../../src-main/review/node-engine.ts';

const folder = new URL('../../fixtures/notes/', import.meta.url);
const fixtureSchema = z.object({ context: reviewContextSchema, subject: z.string().optional(), expected: z.array(z.string()) }).strict();
const names = readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4)).sort();

let engine: ReviewEngine;
beforeAll(async () => {
  engine = await createNodeReviewEngine(dialects);
}, 60_000);

describe('review corpus', () => {
  it('should hold good and bad notes of every kind', () => {
    expect(names.filter((name) => name.startsWith('good-')).length).toBeGreaterThanOrEqual(5);
    expect(names.filter((name) => name.startsWith('bad-')).length).toBeGreaterThanOrEqual(5);
  });

  it.each(names)('%s', (name) => {
    const text = readFileSync(new URL(`${name}.txt`, folder), 'utf8');
    const fixture = fixtureSchema.parse(JSON.parse(readFileSync(new URL(`${name}.json`, folder), 'utf8')));
    const flags = [...engine.review(text, fixture.context).flags, ...(fixture.subject === undefined ? [] : engine.reviewSubject(fixture.subject, fixture.context).flags)];
    const raised = new Set(flags.map((flag) => flag.ruleId));
    const serious = [...new Set(flags.filter((flag) => flag.severity === 'error' || flag.severity === 'warning').map((flag) => flag.ruleId))];
    const describe = flags.map((flag) => `${flag.line}:${flag.column} ${flag.severity} ${flag.ruleId} ${text.slice(flag.start, flag.end).slice(0, 40)}`);
    expect(fixture.expected.filter((id) => !raised.has(id)), describe.join('\n')).toEqual([]);
    expect(serious.filter((id) => !fixture.expected.includes(id)), describe.join('\n')).toEqual([]);
    if (name.startsWith('good-')) expect(fixture.expected).toEqual([]);
  });
});
