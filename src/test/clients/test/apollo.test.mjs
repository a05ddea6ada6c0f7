// Apollo Client 3 with InMemoryCache, as a dashboard uses it: queries, a researcher's mutation, and the
// automatic persisted queries link with hashed GETs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client/core/index.js';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries/index.js';
import {
  DEEPSEEK_V3_TRAINING, DRY_RUN_BUNDLE, ENDPOINT, RESEARCHER, assertModelPage, recordingFetch, report, sha256,
} from '../lib/service.mjs';

const TRAINING = gql`
  query ApolloTraining($key: String!) {
    model(key: $key) { key name training: scopedTotal(scope: "TRAINING") { lowUsd highUsd complete } }
  }`;

const PAGE = gql`
  query ApolloModels($first: Int) {
    models(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { key name organization { key } } }
  }`;

const DRY_RUN = gql`
  mutation ApolloDryRun($bundle: BundleInput!) {
    loadBundle(bundle: $bundle, dryRun: true) { dryRun created updated load { number } changes { kind key change } }
  }`;

function client(log, { persisted = false, headers = {} } = {}) {
  const http = new HttpLink({ uri: ENDPOINT, fetch: recordingFetch(log), headers });
  const link = persisted ? createPersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(http) : http;
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

test('Apollo Client reads a total and a page of models through InMemoryCache', async () => {
  const log = [];
  const apollo = client(log);

  const { data } = await apollo.query({ query: TRAINING, variables: { key: 'deepseek-v3' } });
  assert.equal(data.model.__typename, 'Model');
  assert.equal(data.model.name, 'DeepSeek-V3');
  assert.equal(data.model.training.__typename, 'ScopedTotal');
  assert.equal(data.model.training.lowUsd, DEEPSEEK_V3_TRAINING);
  assert.equal(data.model.training.complete, true);

  const page = await apollo.query({ query: PAGE, variables: { first: 20 } });
  assertModelPage(page.data.models, 20);
  assert.equal(page.data.models.pageInfo.hasNextPage, true);

  const again = await apollo.query({ query: TRAINING, variables: { key: 'deepseek-v3' } });
  assert.equal(again.data.model.training.lowUsd, DEEPSEEK_V3_TRAINING);
  assert.equal(log.length, 2, 'the second read of the total came from the cache');
  assert.deepEqual(log.map((r) => r.status), [200, 200]);
  report('Apollo Client queries', log);
});

test("Apollo Client runs a researcher's dry run with credentials, and is refused without them", async () => {
  const log = [];
  const researcher = client(log, { headers: { Authorization: RESEARCHER } });

  const { data } = await researcher.mutate({ mutation: DRY_RUN, variables: { bundle: DRY_RUN_BUNDLE } });
  assert.equal(data.loadBundle.__typename, 'LoadReport');
  assert.equal(data.loadBundle.dryRun, true);
  assert.equal(data.loadBundle.created, 2);
  assert.equal(data.loadBundle.load, null, 'a dry run records no load');
  assert.deepEqual(data.loadBundle.changes.map((c) => [c.kind, c.key, c.change]),
    [['ORGANIZATION', 'client-suite-lab', 'CREATED'], ['MODEL', 'client-suite-1', 'CREATED']]);

  const anonymous = client(log);
  await assert.rejects(anonymous.mutate({ mutation: DRY_RUN, variables: { bundle: DRY_RUN_BUNDLE } }),
    (error) => error.graphQLErrors?.[0]?.extensions?.code === 'UNAUTHORIZED');
  report('Apollo Client mutations', log);
});

test('Apollo Client with persisted queries sends the document once, then hashes over GET', async () => {
  const log = [];
  // a document of this run's own, which the service has not seen
  const query = gql(`
    query ApolloPersisted${Date.now()}($key: String!) {
      model(key: $key) { name training: scopedTotal(scope: "TRAINING") { lowUsd } }
    }`);
  const first = client(log, { persisted: true });

  const { data } = await first.query({ query, variables: { key: 'deepseek-v3' } });
  assert.equal(data.model.training.lowUsd, DEEPSEEK_V3_TRAINING);
  // the hash first (unknown: PersistedQueryNotFound), then the document with its hash
  assert.deepEqual(log.map((r) => [r.method, r.withDocument]), [['GET', false], ['POST', true]]);

  // another dashboard (a new cache) asks for the same document: the hash alone, over GET, answers at once
  const second = client(log, { persisted: true });
  const other = await second.query({ query, variables: { key: 'gpt-3' } });
  assert.equal(other.data.model.name, 'GPT-3 175B');
  assert.deepEqual(log.slice(2).map((r) => [r.method, r.withDocument, r.status]), [['GET', false, 200]]);
  report('Apollo Client persisted queries', log);
});
