// urql with its document cache (cacheExchange), over POST and over GET.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';
import { DEEPSEEK_V3_TRAINING, ENDPOINT, assertModelPage, recordingFetch, report } from '../lib/service.mjs';

const TOTALS = gql`
  query UrqlTotals($key: String!) {
    model(key: $key) {
      name
      training: scopedTotal(scope: "TRAINING") { lowUsd complete }
      allIn: scopedTotal(scope: "ALL_IN") { lowUsd lowerBound missingCategories }
    }
    models(first: 20) { totalCount nodes { key name } }
  }`;

function client(log, preferGetMethod) {
  return new Client({ url: ENDPOINT, exchanges: [cacheExchange, fetchExchange], fetch: recordingFetch(log),
    preferGetMethod });
}

for (const [method, preferGetMethod] of [['POST', false], ['GET', 'force']]) {
  test(`urql with cacheExchange reads totals and a page over ${method}`, async () => {
    const log = [];
    const urql = client(log, preferGetMethod);

    const result = await urql.query(TOTALS, { key: 'deepseek-v3' }).toPromise();
    assert.equal(result.error, undefined, String(result.error));
    const { model, models } = result.data;
    assert.equal(model.__typename, 'Model');
    assert.equal(model.training.lowUsd, DEEPSEEK_V3_TRAINING);
    assert.equal(model.training.complete, true);
    assert.equal(model.allIn.lowUsd, DEEPSEEK_V3_TRAINING);
    assert.equal(model.allIn.lowerBound, true);
    assert.deepEqual(model.allIn.missingCategories,
      ['RESEARCH_AND_EXPERIMENTS', 'DATA', 'INFRASTRUCTURE', 'PERSONNEL', 'OVERHEAD']);
    assertModelPage(models, 20);

    const cached = await urql.query(TOTALS, { key: 'deepseek-v3' }).toPromise();
    assert.equal(cached.data.model.training.lowUsd, DEEPSEEK_V3_TRAINING);
    assert.equal(log.length, 1, 'the second read came from the document cache');
    assert.deepEqual(log.map((r) => [r.method, r.status]), [[method, 200]]);

    const missing = await urql.query(TOTALS, { key: 'no-such-model' }).toPromise();
    assert.equal(missing.error, undefined);
    assert.equal(missing.data.model, null);
    report(`urql over ${method}`, log);
  });
}

test('urql reports a refused query as a GraphQL error with its code', async () => {
  const log = [];
  const urql = client(log, false);
  const result = await urql.query(gql`query UrqlTooBig { models(first: 501) { nodes { key } } }`, {}).toPromise();
  assert.equal(result.error.graphQLErrors[0].extensions.code, 'INVALID_ARGUMENT');
  report('urql refused', log);
});
