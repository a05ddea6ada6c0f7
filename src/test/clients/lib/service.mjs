// The packaged service under test, as ClientsIT started it, and what every client program shares.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';

export const URL_BASE = process.env.LEDGER_URL ?? 'http://127.0.0.1:8080';
export const ENDPOINT = `${URL_BASE}/graphql`;
export const RESEARCHER = `Basic ${Buffer.from(`researcher:${process.env.LEDGER_RESEARCHER_PASSWORD ?? 'researcher'}`)
  .toString('base64')}`;
export const BROWSER = process.env.LEDGER_TEST_BROWSER ?? '/usr/bin/chromium';

/** DeepSeek-V3's TRAINING total by its own report: 2.788M H800 GPU-hours at USD 2 (docs/DOMAIN.md). */
export const DEEPSEEK_V3_TRAINING = 5576000;

/** A bundle for a dry run: one organization and one model, checked and reported, never written. */
export const DRY_RUN_BUNDLE = {
  organizations: [{ key: 'client-suite-lab', name: 'Client Suite Lab' }],
  models: [{ key: 'client-suite-1', name: 'Client Suite 1', organization: 'client-suite-lab' }],
};

export function sha256(text) {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A fetch that records what each client sent and got: method, whether the document travelled, and the status.
 * The log is what the closing report counts.
 */
export function recordingFetch(log) {
  return async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input.url;
    const method = init.method ?? 'GET';
    const response = await fetch(input, init);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : null;
    const query = method === 'GET' ? new URL(url).searchParams.get('query') : body?.query;
    log.push({ method, withDocument: Boolean(query), status: response.status });
    return response;
  };
}

/** Asserts a page of models as the clients' caches return it, __typename and all. */
export function assertModelPage(models, size) {
  assert.equal(models.__typename, 'ModelConnection');
  assert.equal(models.nodes.length, size);
  assert.ok(models.totalCount >= 46, `the reference data holds 46 models or more, not ${models.totalCount}`);
  for (const node of models.nodes) {
    assert.equal(node.__typename, 'Model');
    assert.match(node.key, /^[a-z0-9][a-z0-9._-]*$/);
  }
}

/** Prints one line of counts for the closing report. */
export function report(client, log) {
  const count = (predicate) => log.filter(predicate).length;
  console.log(`# ${client}: ${log.length} requests (${count((r) => r.method === 'GET')} GET, `
    + `${count((r) => r.method === 'POST')} POST, ${count((r) => !r.withDocument)} without the document); `
    + `statuses ${JSON.stringify(Object.fromEntries([...new Set(log.map((r) => r.status))]
      .map((s) => [s, count((r) => r.status === s)])))}`);
}
