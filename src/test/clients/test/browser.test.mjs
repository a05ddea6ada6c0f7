// Clients in Chromium: the GraphQL UI the service ships, and urql on a page served from another origin (CORS
// preflight, ETag revalidation by the browser's own cache).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { BROWSER, DEEPSEEK_V3_TRAINING, ENDPOINT, URL_BASE } from '../lib/service.mjs';

let browser;
let site;
let siteUrl;

// The other origin: a page and the ES modules of urql, straight from node_modules through an import map.
const MODULES = {
  '@urql/core': 'node_modules/@urql/core/dist/urql-core.mjs',
  '@0no-co/graphql.web': 'node_modules/@0no-co/graphql.web/dist/graphql.web.mjs',
  wonka: 'node_modules/wonka/dist/wonka.mjs',
};

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Another site's dashboard</title>
<script type="importmap">${JSON.stringify({ imports: Object.fromEntries(Object.entries(MODULES)
    .map(([name, file]) => [name, `/${file}`])) })}</script>
<script>window.process = { env: { NODE_ENV: 'production' } }; // what a bundler would define</script>
<script type="module" src="/dashboard.mjs"></script></head><body><p id="total">…</p></body></html>`;

before(async () => {
  browser = await chromium.launch({
    executablePath: BROWSER,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  site = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    } else if (path === '/dashboard.mjs' || (path.startsWith('/node_modules/') && path.endsWith('.mjs')
        && !path.includes('..'))) {
      const file = path === '/dashboard.mjs' ? new URL('../lib/dashboard.mjs', import.meta.url) : path.slice(1);
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(await readFile(file));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${site.address().port}`;
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
});

test('the GraphQL UI runs a query with __typename and shows the answer', async () => {
  const page = await browser.newPage();
  const query = '{ __typename model(key: "deepseek-v3") { __typename name training: scopedTotal(scope: "TRAINING")'
    + ' { lowUsd } } }';
  const introspection = page.waitForResponse((response) => response.url().endsWith('/graphql')
    && response.request().postData()?.includes('__schema'));
  await page.goto(`${URL_BASE}/q/graphql-ui/?query=${encodeURIComponent(query)}`);
  const schema = await (await introspection).json();
  assert.equal(schema.errors, undefined, JSON.stringify(schema.errors));
  assert.equal(schema.data.__schema.queryType.name, 'Query');

  await page.locator('.graphiql-execute-button').click();
  const answer = page.locator('.graphiql-response .CodeMirror');
  await answer.filter({ hasText: 'lowUsd' }).waitFor();
  const text = await answer.evaluate((editor) => editor.CodeMirror.getValue());
  assert.deepEqual(JSON.parse(text), { data: { __typename: 'Query', model: { __typename: 'Model', name: 'DeepSeek-V3',
    training: { lowUsd: DEEPSEEK_V3_TRAINING } } } });
  await page.close();
});

/**
 * How many requests the service answered with this method and status, from its own metrics (which name a preflight's
 * route /cors-preflight and a 304's REDIRECTION).
 */
async function served(method, status) {
  const metrics = await (await fetch(`${URL_BASE}/q/metrics`)).text();
  const line = metrics.split('\n').find((l) => l.startsWith('http_server_requests_seconds_count')
    && l.includes(`method="${method}"`) && l.includes(`status="${status}"`));
  return line ? Number(line.split(' ').pop()) : 0;
}

test('urql on a page of another origin reads over CORS, and the browser revalidates by ETag', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('request', (request) => {
    if (request.url().startsWith(ENDPOINT)) {
      requests.push(request.method());
    }
  });
  const before = { preflights: await served('OPTIONS', 204), revalidated: await served('GET', 304) };

  await page.goto(`${siteUrl}/?service=${encodeURIComponent(ENDPOINT)}`);
  await page.waitForFunction(() => window.results !== undefined, null, { timeout: 20000 })
    .catch((timeout) => assert.fail(`${timeout.message}; the page said: ${problems.join(' | ')}`));
  const results = await page.evaluate(() => window.results);

  assert.equal(results.failure, undefined, results.failure);
  assert.equal(results.posted.model.training.lowUsd, DEEPSEEK_V3_TRAINING);
  assert.equal(results.first.models.nodes.length, 20);
  assert.deepEqual(results.second, results.first, 'the revalidated answer is the answer');
  assert.equal(results.mutation, 'FORBIDDEN_ORIGIN');
  assert.deepEqual(requests, ['POST', 'GET', 'GET', 'POST']);
  assert.equal(await served('OPTIONS', 204) - before.preflights, 1,
    'one preflight, kept for the second POST (Access-Control-Max-Age)');
  assert.equal(await served('GET', 304) - before.revalidated, 1,
    'the second GET was revalidated by the browser: 304, no query ran');
  await context.close();
});
