// What every part of the page shares: the GraphQL client, the en-US formats and a DOM builder that only makes text.

/**
 * Runs one operation of the page's documents (documents.graphql) over GET /graphql (cacheable: the browser revalidates
 * it by ETag) and returns its data.
 */
export async function graphql(operationName, variables = {}) {
  const { data, errors } = await answer(operationName, variables);
  if (errors.length) {
    throw new Error(errors.map((error) => error.message).join(' '));
  }
  return data;
}

/** Like graphql, but a partial answer is returned with its errors (each error's path names the field it nulled). */
export async function answer(operationName, variables = {}) {
  const query = await documents();
  const parameters = new URLSearchParams({ query, operationName, variables: JSON.stringify(variables) });
  const response = await fetch('/graphql?' + parameters, { headers: { Accept: 'application/json' } });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error('The service answered ' + response.status + ' without a GraphQL answer.');
  }
  const errors = body.errors || [];
  if (!body.data) {
    throw new Error(errors.map((error) => error.message).join(' ') || 'The service answered without data.');
  }
  return { data: body.data, errors };
}

let loading = null;

/**
 * The page's documents, loaded once: the service trusts exactly this text, so the page sends it as it is, naming the
 * operation to run.
 */
function documents() {
  loading ??= fetch('/app/documents.graphql').then((response) => {
    if (!response.ok) {
      throw new Error('The page could not load its queries: the service answered ' + response.status + '.');
    }
    return response.text();
  }).catch((error) => {
    loading = null; // the next request tries again
    throw error;
  });
  return loading;
}

/**
 * Keeps a view to its newest request: wrap each request's promise, and an answer that arrives after a newer request
 * was made resolves to null instead (a slow answer never overwrites a newer one).
 */
export function newestOnly() {
  let newest = 0;
  return async (promise) => {
    const mine = ++newest;
    try {
      const value = await promise;
      return mine === newest ? value : null;
    } catch (error) {
      if (mine === newest) {
        throw error;
      }
      return null;
    }
  };
}

// Numbers are formatted for en-US whatever the browser's language: the same figure reads the same everywhere.
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdShort = new Intl.NumberFormat('en-US', {
  style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 2,
});
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const times = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** USD to the dollar: $5,576,000. */
export const money = (value) => usd.format(Number(value));
/** USD in short: $5.58M. */
export const moneyShort = (value) => usdShort.format(Number(value));
/** A count or quantity: 2,788,000. */
export const number = (value) => plain.format(Number(value));
/** A ratio: ×6.78. */
export const ratio = (value) => '×' + times.format(Number(value));

/** A value range as text: "$5,576,000", "$1,000 to $2,000", "at least $500,000,000". */
/** A money amount that never breaks across lines. */
export function figure(value) {
  return el('span', { class: 'money' }, money(value));
}

/** A range as nodes, each amount unbroken: "$5,576,000", "$20,000,000 to $90,000,000", "at least $5,576,000". */
export function rangeNodes(low, high) {
  if (high === null || high === undefined) {
    return ['at least ', figure(low)];
  }
  return Number(low) === Number(high) ? [figure(low)] : [figure(low), ' to ', figure(high)];
}

/** A scoped total as nodes, each amount unbroken (as totalText). */
export function totalNodes(total) {
  if (total.highUsd === null || total.highUsd === undefined) {
    return ['at least ', figure(total.lowUsd)];
  }
  if (Number(total.lowUsd) === Number(total.highUsd)) {
    return [total.lowerBound ? 'at least ' : '', figure(total.lowUsd)];
  }
  return [...rangeNodes(total.lowUsd, total.highUsd), total.lowerBound ? ' (a lower bound)' : ''];
}

export function range(low, high) {
  if (high === null || high === undefined) {
    return 'at least ' + money(low);
  }
  return Number(low) === Number(high) ? money(low) : money(low) + ' to ' + money(high);
}

/** A scoped total as text: "$5,576,000", "$20,000,000 to $90,000,000", "at least $5,576,000" (a lower bound). */
export function totalText(total) {
  if (total.highUsd === null || total.highUsd === undefined) {
    return 'at least ' + money(total.lowUsd);
  }
  if (Number(total.lowUsd) === Number(total.highUsd)) {
    return (total.lowerBound ? 'at least ' : '') + money(total.lowUsd);
  }
  return range(total.lowUsd, total.highUsd) + (total.lowerBound ? ' (a lower bound)' : '');
}

/** A code as words: FINAL_TRAINING_RUN as "Final training run". */
export function words(code) {
  const text = String(code).toLowerCase().replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Builds an element. Children are nodes or text, and text is always a text node: nothing from the ledger is ever
 * parsed as HTML. Attributes starting with "on" are event listeners.
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

/** A link when the address is http or https; any other address (javascript:, data:, ...) stays plain text. */
export function externalLink(url, text) {
  let parsed = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
    return el('a', { href: parsed.href, rel: 'noopener noreferrer' }, text);
  }
  return el('span', { class: 'unlinked' }, text);
}

/** A link to a model's own page. */
export function modelLink(model) {
  return el('a', { href: '/models/' + encodeURIComponent(model.key) }, model.name);
}

/** Replaces the content of the main region. */
export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren(...children.flat());
  return main;
}

/** A message a screen reader announces, for a failed request. */
export function failure(error) {
  return el('p', { class: 'error', role: 'alert' }, failureText(error));
}

/** Says in a view's status line that a request failed, and what the view still shows. */
export function failed(status, error, still = '') {
  status.classList.add('error');
  status.textContent = failureText(error) + (still ? ' (' + still + ')' : '');
}

function failureText(error) {
  return 'Could not read the ledger: ' + error.message;
}

/** A table with a caption, headers and rows; cells carry their header for the narrow layout (ledger.css). */
export function table(caption, headers, rows, attributes = {}) {
  return el('div', { class: 'table' },
    el('table', attributes,
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, headers.map((header) => header instanceof Node ? header
        : el('th', { scope: 'col' }, header)))),
      el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((cell, i) => cell instanceof Node
        && cell.tagName === 'TD' ? cell : el('td', { 'data-label': label(headers[i]) }, cell)))))));
}

function label(header) {
  return header instanceof Node ? header.dataset.label || header.textContent.trim() : header;
}
