// Another site's dashboard, in the browser: urql with its cacheExchange against the ledger's /graphql.
import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';

const service = new URLSearchParams(location.search).get('service');

const TOTAL = gql`query CrossTotal { model(key: "deepseek-v3") { name training: scopedTotal(scope: "TRAINING") { lowUsd } } }`;
const PAGE = gql`query CrossPage { models(first: 20) { totalCount nodes { key name } } }`;
const LOAD = gql`mutation CrossLoad($bundle: BundleInput!) { loadBundle(bundle: $bundle, dryRun: true) { created } }`;

function client(preferGetMethod) {
  // a new client per read: its document cache is empty, so only the browser's HTTP cache can save a request
  return new Client({ url: service, exchanges: [cacheExchange, fetchExchange], preferGetMethod });
}

async function run() {
  const posted = await client(false).query(TOTAL, {}).toPromise();
  const first = await client('force').query(PAGE, {}).toPromise();
  const second = await client('force').query(PAGE, {}).toPromise();
  const mutation = await client(false).mutation(LOAD, { bundle: {} }).toPromise();
  for (const result of [posted, first, second]) {
    if (result.error) {
      throw result.error;
    }
  }
  return {
    posted: posted.data,
    first: first.data,
    second: second.data,
    mutation: mutation.error?.graphQLErrors?.[0]?.extensions?.code ?? String(mutation.error),
  };
}

run().then((results) => { window.results = results; },
  (error) => { window.results = { failure: String(error) }; });
