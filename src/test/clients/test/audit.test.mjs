// The GraphQL-over-HTTP audit of graphql-http: no MUST failure, no SHOULD warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditServer } from 'graphql-http';
import { ENDPOINT } from '../lib/service.mjs';

test('graphql-http audits the endpoint without an error or a warning', async () => {
  const results = await auditServer({ url: ENDPOINT });
  const counts = {};
  for (const result of results) {
    counts[result.status] = (counts[result.status] ?? 0) + 1;
  }
  console.log(`# graphql-http audit: ${results.length} checks, ${JSON.stringify(counts)}`);
  const failed = results.filter((result) => result.status === 'error' || result.status === 'warn');
  assert.deepEqual(failed.map((result) => `${result.status} ${result.name}: ${result.reason}`), []);
});
