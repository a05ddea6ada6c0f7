// graphql-request: the document as written, no cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphQLClient, gql } from 'graphql-request';
import { DEEPSEEK_V3_TRAINING, DRY_RUN_BUNDLE, ENDPOINT, RESEARCHER, recordingFetch, report } from '../lib/service.mjs';

test('graphql-request reads the worked example and a page of 20 models', async () => {
  const log = [];
  const client = new GraphQLClient(ENDPOINT, { fetch: recordingFetch(log) });

  const data = await client.request(gql`
    query Example($key: String!) {
      model(key: $key) {
        training: scopedTotal(scope: "TRAINING") { lowUsd contributions { claim { key } lowUsd } }
      }
      models(first: 20) { nodes { key } }
    }`, { key: 'deepseek-v3' });

  assert.equal(data.model.training.lowUsd, DEEPSEEK_V3_TRAINING);
  assert.deepEqual(data.model.training.contributions, [{ claim: { key: 'deepseek-v3-total' }, lowUsd: 5576000 }]);
  assert.equal(data.models.nodes.length, 20);
  report('graphql-request queries', log);
});

test("graphql-request runs a researcher's dry run", async () => {
  const log = [];
  const client = new GraphQLClient(ENDPOINT, { fetch: recordingFetch(log), headers: { Authorization: RESEARCHER } });

  const data = await client.request(gql`
    mutation Check($bundle: BundleInput!) { loadBundle(bundle: $bundle, dryRun: true) { dryRun created unchanged } }`,
  { bundle: DRY_RUN_BUNDLE });

  assert.deepEqual(data.loadBundle, { dryRun: true, created: 2, unchanged: 0 });
  report('graphql-request mutations', log);
});
