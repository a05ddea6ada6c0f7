// One model: every claim as a bar or a range on a log USD axis, grouped by the categories it covers, beside the
// scoped totals; the same figures as tables; a claim's quote, source, coverage, flags and citations on selection.

import {
  answer, el, externalLink, failed, figure as amount, modelLink, moneyShort, newestOnly, number, range, rangeNodes,
  ratio, show, table, totalNodes, words,
} from './api.js';
import {
  KIND_COLOURS, SEVERITY_COLOURS, TOTAL_COLOURS, charts, decadeGrid, decades, firstChartDrawn, logTick,
} from './charts.js';

const RATE_KINDS = [
  { value: '', label: 'As stated' },
  { value: 'ON_DEMAND', label: 'On-demand' },
  { value: 'COMMITTED_1Y', label: '1-year commitment' },
  { value: 'COMMITTED_3Y', label: '3-year commitment' },
  { value: 'AMORTIZED', label: 'Owned (amortized)' },
];

/** The rental kinds of the side-by-side table, by the alias its query gives each. */
const RENTALS = [
  { alias: 'onDemand', label: 'On-demand' },
  { alias: 'committed1y', label: '1-year commitment' },
  { alias: 'committed3y', label: '3-year commitment' },
];

/** How a quote was checked, as a reader is told. */
const QUOTE_CHECKS = {
  PUBLISHER_TEXT: 'read in the publisher\'s own text',
  FULL_COPY: 'read in a complete copy of the document (an archive or a mirror)',
  QUOTED_BY_OTHERS: 'seen only as quoted by others',
  UNCHECKED: 'not checked',
};

const SCOPES = [
  { alias: 'finalRun', code: 'FINAL_RUN', label: 'Final run' },
  { alias: 'training', code: 'TRAINING', label: 'Training' },
  { alias: 'development', code: 'DEVELOPMENT', label: 'Development' },
  { alias: 'allIn', code: 'ALL_IN', label: 'All-in' },
];

export async function modelPage(key) {
  const state = { rateKind: rateFromAddress(), chart: null, categories: [], claims: new Map() };
  const newest = newestOnly();
  const newestClaim = newestOnly();
  const heading = el('h1', { id: 'model-heading' }, key);
  const about = el('p', { class: 'about' });
  const rates = el('fieldset', { class: 'rates' }, el('legend', {}, 'Price GPU-hours at'),
    RATE_KINDS.map((kind) => el('label', {},
      el('input', {
        type: 'radio', name: 'rate-kind', value: kind.value, checked: kind.value === state.rateKind,
        autocomplete: 'off', onchange: (event) => load(event.target.value),
      }), ' ', kind.label)));
  const canvas = el('canvas', { id: 'claims-chart', role: 'img' });
  const box = el('div', { class: 'canvas-box' }, canvas);
  const legend = el('ul', { class: 'legend', 'aria-hidden': 'true' });
  const unvalued = el('p', { class: 'unvalued' });
  const figure = el('figure', { class: 'chart claims' }, box, el('figcaption', {},
    'One row per claim, grouped by the categories it covers, on a logarithmic USD axis: a bar is a range, a short',
    ' mark a single figure, an arrow a range without an upper bound, and a range from $0 starts at the axis floor.',
    ' Colour tells the kind of source; a red outline an error flag, a brown one a warning. Vertical lines are the',
    ' scoped totals (a light band up to the high end of a range), dashed with an arrow when only a lower bound.'),
    legend, unvalued);
  const status = el('p', { class: 'status', role: 'status' }, 'Loading the claims…');
  const tables = el('div');
  const details = el('section', { id: 'claim-details', class: 'details', 'aria-labelledby': 'details-heading',
    tabindex: '-1' }, el('h2', { id: 'details-heading' }, 'Claim'), el('p', { class: 'muted' },
    'Select a claim in the chart or in the table of claims to read its quote, source, coverage and flags.'));
  show(el('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, el('a', { href: '/' }, 'All models')),
    heading, about, rates, status, figure, tables, details);

  /** Shows the model at a rate kind; the radio buttons and the address follow only once the answer is in. */
  async function load(rateKind = state.rateKind) {
    let answered;
    try {
      answered = await newest(answer('Model', { key, rateKind: rateKind || null }));
    } catch (error) {
      failed(status, error, state.chart ? 'the figures shown are still priced ' + priced(state.rateKind) : '');
      checkRate(state.rateKind);
      return;
    }
    if (answered === null) {
      return; // a newer request (another rate kind) is on its way
    }
    const { data, errors } = answered;
    if (!data.model) {
      if (errors.length) {
        failed(status, new Error(errors.map((error) => error.message).join(' ')));
        return;
      }
      document.title = 'No such model – Cost Ledger';
      heading.textContent = 'No such model';
      about.replaceChildren('The ledger has no model with the key ', el('code', {}, key), '.');
      [rates, status, figure, details].forEach((part) => part.remove());
      return;
    }
    state.rateKind = rateKind;
    checkRate(rateKind);
    const address = new URL(location.href);
    if (rateKind) {
      address.searchParams.set('rate', rateKind);
    } else {
      address.searchParams.delete('rate');
    }
    history.replaceState(null, '', address);
    const model = {
      ...data.model,
      baseModel: data.lineage ? data.lineage.baseModel : null,
      derivedModels: data.lineage ? data.lineage.derivedModels : [],
      comparisons: data.groups ? data.groups.comparisons : null,
    };
    document.title = model.name + ' – Cost Ledger';
    heading.textContent = model.name;
    about.replaceChildren(...describe(model));
    status.classList.remove('error');
    if (model.claimCount === 0) {
      status.textContent = 'No claim about this model yet.';
      [rates, figure, details].forEach((part) => part.remove());
      tables.replaceChildren(totalsTable(model));
      return;
    }
    state.categories = [...data.costCategories].sort((a, b) => a.position - b.position);
    const claims = data.claims.nodes;
    state.claims = new Map(claims.map((claim) => [claim.key, claim]));
    const rows = rowsOf(model, claims, state.categories);
    const drawn = rows.filter((row) => row.value);
    const notes = [];
    if (model.claimCount > claims.length) {
      notes.push(`The first ${number(claims.length)} of its ${number(model.claimCount)} claims are shown.`);
    }
    const messages = (inGroups) => errors.filter((error) => ((error.path || [])[0] === 'groups') === inGroups)
      .map((error) => error.message).join(' ');
    if (model.comparisons === null) {
      notes.push('The chart cannot be drawn: ' + messages(true));
    }
    if (messages(false)) {
      notes.push('Part of the answer is missing: ' + messages(false));
    }
    status.textContent = `${number(drawn.length)} of ${number(claims.length)} claims drawn, GPU-hours priced `
      + priced(rateKind) + '.' + (notes.length ? ' ' + notes.join(' ') : '');
    box.hidden = drawn.length === 0;
    if (drawn.length) {
      canvas.setAttribute('aria-label', `${number(drawn.length)} claims about ${model.name} on a logarithmic USD`
        + ' axis, with the scoped totals; the tables below give the same figures.');
      // set through the CSSOM, which the page's Content-Security-Policy allows (a style attribute it would not)
      box.style.height = (90 + 14 * 4 + 26 * drawn.length) + 'px';
      state.chart = drawClaims(canvas, state.chart, rows, model, (claimKey) => select(claimKey));
    } else if (state.chart) {
      state.chart.destroy();
      state.chart = null;
    }
    legend.replaceChildren(...legendOf(rows));
    const without = model.comparisons ? rows.filter((row) => !row.value) : [];
    unvalued.replaceChildren(...(without.length ? ['Not drawn, without a value' + (rateKind ? ' at this rate' : '')
      + ': ', ...without.flatMap((row, i) => [i ? ', ' : '', row.claim.key]), '.'] : []));
    tables.replaceChildren(totalsTable(model), claimsTable(model, rows, rateKind, (claimKey) => select(claimKey)),
      ownedTable(model, claims));
  }

  function checkRate(rateKind) {
    rates.querySelectorAll('input').forEach((input) => { input.checked = input.value === rateKind; });
  }

  async function select(claimKey) {
    let answered;
    try {
      answered = await newestClaim(answer('Claim', { key: claimKey }));
    } catch (error) {
      details.replaceChildren(el('h2', { id: 'details-heading' }, 'Claim ', el('code', {}, claimKey)),
        el('p', { class: 'error' }, 'Could not read the claim: ' + error.message));
      details.focus();
      return;
    }
    if (answered === null) {
      return; // another claim was selected since
    }
    const { data, errors } = answered;
    if (!data.claim) {
      details.replaceChildren(el('h2', { id: 'details-heading' }, 'Claim ', el('code', {}, claimKey)),
        el('p', { class: 'error' }, errors.length ? 'Could not read the claim: '
          + errors.map((error) => error.message).join(' ') : 'The ledger no longer holds this claim.'));
    } else {
      const citations = {
        cites: data.cites ? data.cites.cites : undefined,
        citedBy: data.citedBy ? data.citedBy.citedBy : undefined,
        errors,
      };
      details.replaceChildren(...claimDetails(data.claim, citations, state.categories, select));
    }
    details.focus();
  }

  await load();
}

function rateFromAddress() {
  const rate = new URL(location.href).searchParams.get('rate') || '';
  return RATE_KINDS.some((kind) => kind.value === rate) ? rate : '';
}

function priced(rateKind) {
  return rateKind ? 'at ' + rateName(rateKind) + ' rates' : 'as stated';
}

function describe(model) {
  const parts = [model.organization.name];
  parts.push(model.released ? ', released ' + model.released.text : ', release date unknown');
  if (model.baseModel) {
    parts.push('; built on ', modelLink(model.baseModel));
  }
  if (model.derivedModels.length) {
    parts.push('; base of ');
    model.derivedModels.forEach((derived, i) => parts.push(i ? ', ' : '', modelLink(derived)));
  }
  parts.push('.');
  return parts;
}

/** One row per valued claim, group by group, and the claims without a value after them. */
function rowsOf(model, claims, categories) {
  const byKey = new Map(claims.map((claim) => [claim.key, claim]));
  const rows = [];
  (model.comparisons || []).forEach((group, index) => {
    group.values.forEach((value) => {
      const claim = byKey.get(value.claim.key);
      if (claim) {
        rows.push({ claim, value, covers: group.categories, index });
      }
    });
  });
  const valued = new Set(rows.map((row) => row.claim.key));
  claims.filter((claim) => !valued.has(claim.key)).forEach((claim) => rows.push({
    claim,
    value: null,
    uncompared: model.comparisons === null,
    covers: categories.map((category) => category.code).filter((code) => claim.coverage
      .some((entry) => entry.category.code === code && entry.coverage === 'INCLUDED')),
  }));
  return rows;
}

function severityOf(claim) {
  if (claim.flags.some((flag) => flag.severity === 'ERROR')) {
    return 'ERROR';
  }
  return claim.flags.length ? 'WARNING' : null;
}

function drawClaims(canvas, previous, rows, model, onSelect) {
  const Chart = charts();
  const valued = rows.filter((row) => row.value);
  const totals = SCOPES.map((scope) => ({ ...scope, total: model[scope.alias] }))
    .filter((scope) => scope.total.coveredCategories.length);
  const open = valued.filter((row) => row.value.highUsd === null);
  const { min, max } = decades([
    ...valued.flatMap((row) => [Number(row.value.lowUsd), Number(row.value.highUsd ?? 0)]),
    ...totals.flatMap((scope) => [Number(scope.total.lowUsd), Number(scope.total.highUsd ?? 0)]),
    // an open range reaches a decade past its low end, so it never shrinks to nothing at the axis ceiling
    ...open.map((row) => Number(row.value.lowUsd) * 10),
  ]);
  const labels = valued.map((row) => row.claim.key);
  const kinds = [...new Set(valued.map((row) => row.claim.source.kind))];
  const datasets = kinds.map((kind) => ({
    label: words(kind),
    backgroundColor: KIND_COLOURS[kind],
    borderColor: (context) => SEVERITY_COLOURS[context.raw?.severity] || KIND_COLOURS[kind],
    borderWidth: (context) => ({ ERROR: 3, WARNING: 1.5 })[context.raw?.severity] || 0,
    borderSkipped: false,
    grouped: false,
    minBarLength: 5,
    barPercentage: 0.8,
    categoryPercentage: 1,
    data: valued.filter((row) => row.claim.source.kind === kind).map((row) => ({
      y: row.claim.key,
      group: row.index,
      x: [Math.max(Number(row.value.lowUsd), min), row.value.highUsd === null ? max : Number(row.value.highUsd)],
      open: row.value.highUsd === null,
      severity: severityOf(row.claim),
      claim: row.claim.key,
    })),
  }));
  const lines = totals.map((scope) => ({
    label: scope.label,
    low: Number(scope.total.lowUsd),
    high: scope.total.highUsd === null ? null : Number(scope.total.highUsd),
    text: (scope.total.lowerBound ? '≥ ' : '') + moneyShort(scope.total.lowUsd)
      + (scope.total.highUsd !== null && Number(scope.total.highUsd) !== Number(scope.total.lowUsd)
        ? '–' + moneyShort(scope.total.highUsd) : ''),
    lowerBound: scope.total.lowerBound,
    colour: TOTAL_COLOURS[scope.code],
  }));
  if (previous) {
    previous.destroy();
  }
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: 'y',
      layout: { padding: { top: 10 + 14 * lines.length, right: 12 } },
      scales: {
        x: { type: 'logarithmic', min, max, title: { display: true, text: 'USD (logarithmic)' },
          ticks: { callback: logTick }, grid: decadeGrid },
        y: {
          ticks: {
            autoSkip: false,
            callback(value, index) {
              return shorten(labels[index], this.chart.width < 500 ? 14 : 26);
            },
          },
        },
      },
      plugins: {
        legend: { display: false },
        scopedTotals: { lines },
        groupBands: { groups: bandsOf(valued) },
        tooltip: {
          callbacks: {
            title: (items) => items[0].raw.claim,
            label: (item) => {
              const row = valued.find((candidate) => candidate.claim.key === item.raw.claim);
              return `${words(row.claim.source.kind)}: ${range(row.value.lowUsd, row.value.highUsd)}`;
            },
          },
        },
      },
      onClick: (event, elements) => {
        if (elements.length) {
          onSelect(datasets[elements[0].datasetIndex].data[elements[0].index].claim);
        }
      },
    },
  });
  firstChartDrawn();
  return chart;
}

/** The rows of each comparison group, for the bands that set the groups apart. */
function bandsOf(valued) {
  const bands = [];
  valued.forEach((row, index) => {
    const last = bands[bands.length - 1];
    if (last && last.group === row.index) {
      last.last = index;
    } else {
      bands.push({ group: row.index, first: index, last: index, label: row.covers.map(words).join(', ') });
    }
  });
  return bands;
}

function shorten(text, length) {
  return text && text.length > length ? text.slice(0, length - 1) + '…' : text;
}

function legendOf(rows) {
  const kinds = [...new Set(rows.filter((row) => row.value).map((row) => row.claim.source.kind))];
  return kinds.map((kind) => el('li', { class: 'kind-' + kind.toLowerCase() }, words(kind)));
}

function totalsTable(model) {
  const rows = SCOPES.map((scope) => {
    const total = model[scope.alias];
    const priced = total.coveredCategories.length > 0;
    return [
      scope.label,
      priced ? totalNodes(total) : unpricedTotal(model, total),
      [coverageText(total), leftOut(total)].filter(Boolean).join('; '),
    ];
  });
  return table('Scoped totals of ' + model.name, ['Scope', 'Total (USD)', 'What it covers'], rows,
    { id: 'totals-table' });
}

function coverageText(total) {
  if (!total.complete) {
    return 'leaves out ' + total.missingCategories.map(words).join(', ');
  }
  return total.highUsd === null ? 'covers every category; no upper bound' : 'complete';
}

/** Why a total took no claim. */
function unpricedTotal(model, total) {
  if (!model.claimCount) {
    return 'no claim';
  }
  const reasons = new Set(total.skipped.map((skipped) => skipped.reason));
  if (reasons.has('UNPRICED')) {
    return 'no priced claim';
  }
  return reasons.has('FLAGGED') ? 'no claim without an error flag' : 'no claim in this scope';
}

const LEFT_OUT = { FLAGGED: 'error flag', UNPRICED: 'no value', CAPITAL_EXPENSE: 'bought, not spent on this run' };

/** The claims of the scope a total left out: flagged with an error, without a value, or a capital expense. */
function leftOut(total) {
  const notable = total.skipped.filter((skipped) => LEFT_OUT[skipped.reason]);
  return notable.length ? 'left out: ' + notable.map((skipped) => `${skipped.claim.key} (${LEFT_OUT[skipped.reason]})`)
    .join(', ') : '';
}

function claimsTable(model, rows, rateKind, onSelect) {
  const body = rows.map((row) => {
    const claim = row.claim;
    return [
      row.covers.length ? row.covers.map(words).join(', ') : 'nothing stated',
      el('button', { type: 'button', class: 'claim', 'data-claim': claim.key, onclick: () => onSelect(claim.key) },
        claim.key),
      [claim.source.title, el('span', { class: 'muted' }, ' (' + words(claim.source.kind) + ')')],
      [...(row.value ? valueNodes(row.value, rateKind) : [withoutValue(row, rateKind)]),
        claim.capitalExpense ? ' (bought, not spent on this run)' : ''],
      claim.flags.length ? claim.flags.map((flag) => flag.code + ' (' + words(flag.severity) + ')').join(', ')
        : 'none',
    ];
  });
  const spreads = (model.comparisons || []).filter((group) => group.ratio !== null)
    .map((group) => group.categories.map(words).join(', ') + ': ' + ratio(group.ratio));
  return el('div', {},
    table('Claims about ' + model.name, ['Covers', 'Claim', 'Source', 'Value (USD)', 'Flags'], body,
      { id: 'claims-table' }),
    spreads.length ? el('p', {}, 'Spread between the highest and lowest figure of each group: ', spreads.join('; '),
      '.') : null);
}

function valueNodes(value, rateKind) {
  const nodes = rangeNodes(value.lowUsd, value.highUsd);
  if (!value.derived) {
    return rateKind ? [...nodes, ' (a stated amount)'] : nodes;
  }
  if (value.rate) {
    return [...nodes, ` (GPU-hours at the ${rateName(value.rate.kind)} rate, $${value.rate.usdPerGpuHour} an hour)`];
  }
  return [...nodes, rateKind === 'AMORTIZED' ? ' (GPU-hours on owned chips: their depreciation, interconnect and'
    + ' energy)' : ' (GPU-hours at the claim\'s own rate)'];
}

/**
 * A claim without a value in the comparisons: its stated figures when the comparisons could not be read; else why it
 * has none (no rate of the kind asked for, or no figure to price).
 */
function withoutValue(row, rateKind) {
  const claim = row.claim;
  if (row.uncompared) {
    return figures(claim) + ' (not compared)';
  }
  if (claim.gpuHours !== null && claim.hardware && rateKind === 'AMORTIZED') {
    return `no value: the ledger lacks what owning ${claim.hardware.name} costs (its kind, power or a purchase price),`
      + ' or the run\'s date';
  }
  if (claim.gpuHours !== null && claim.hardware) {
    return `no value: no ${rateKind ? rateName(rateKind) : 'on-demand'} rate for ${claim.hardware.name}`
      + (claim.statedOn ? ' at ' + claim.statedOn : '');
  }
  return 'no value';
}

function rateName(kind) {
  return (RATE_KINDS.find((candidate) => candidate.value === kind)?.label || words(kind)).toLowerCase();
}

function claimDetails(claim, citations, categories, onSelect) {
  const coverage = new Map(claim.coverage.map((entry) => [entry.category.code, entry.coverage]));
  const source = claim.source;
  return [
    el('h2', { id: 'details-heading' }, 'Claim ', el('code', {}, claim.key)),
    el('blockquote', { class: 'quote' }, claim.quote),
    el('p', { class: 'quote-check' }, 'Quote ' + QUOTE_CHECKS[claim.quoteCheck] + '.'),
    el('p', {}, claim.locator ? 'Where: ' + claim.locator + '. ' : '', claim.stated ? 'Stated '
      + claim.stated.text + '. ' : '', claim.presentedScope ? 'Presented as ' + claim.presentedScope.name + '.' : ''),
    claim.capitalExpense ? el('p', { class: 'capital-expense' }, 'A capital expense: what hardware or a facility'
      + ' cost to buy, bought, not spent on this run. No scoped total adds it; it is compared only with other'
      + ' purchases.') : null,
    el('dl', {},
      el('dt', {}, 'Source'),
      el('dd', {}, externalLink(source.url, source.title), ' ', el('span', { class: 'muted' },
        '(' + words(source.kind) + (source.publisher ? ', ' + source.publisher : '')
        + (source.published ? ', ' + source.published.text : '') + ')'),
      source.url && !/^https?:/i.test(source.url) ? el('span', { class: 'muted' }, ' ', source.url) : null),
      el('dt', {}, 'About'),
      el('dd', {}, claim.model ? modelLink(claim.model) : 'its organization'),
      el('dt', {}, 'Figures'),
      el('dd', {}, figures(claim))),
    table('Coverage of each category', ['Category', 'Coverage'],
      categories.map((category) => [category.name, words(coverage.get(category.code) || 'UNSTATED')]),
      { class: 'coverage' }),
    el('h3', {}, 'Flags'),
    claim.flags.length
      ? el('ul', { class: 'flags' }, claim.flags.map((flag) => el('li', { class: 'flag-' + flag.severity.toLowerCase() },
        el('strong', {}, flag.code), ' (' + words(flag.severity) + '): ', flag.message)))
      : el('p', {}, 'No flag.'),
    el('h3', {}, 'Cites'),
    citations.cites === undefined ? unread(citations.errors, 'cites')
      : citations.cites ? citation(citations.cites, onSelect) : el('p', {}, 'No other claim.'),
    el('h3', {}, 'Cited by'),
    citations.citedBy === undefined ? unread(citations.errors, 'citedBy')
      : citations.citedBy.length ? el('ul', { class: 'citations' }, citations.citedBy.map((other) => el('li', {},
        citation(other, onSelect)))) : el('p', {}, 'No other claim.'),
  ];
}

/** The message of the error that left a part of the claim unread. */
function unread(errors, alias) {
  const error = errors.find((candidate) => (candidate.path || [])[0] === alias);
  return el('p', { class: 'error' }, 'Could not be listed: ' + (error ? error.message : 'the service left it out.'));
}

function citation(other, onSelect) {
  return el('span', {}, el('button', { type: 'button', class: 'claim', 'data-claim': other.key,
    onclick: () => onSelect(other.key) }, other.key), ' in ', other.source.title,
  other.model ? [' about ', other.model.name] : '');
}

function figures(claim) {
  const parts = [];
  if (claim.amountLowUsd !== null) {
    parts.push(range(claim.amountLowUsd, claim.amountHighUsd));
  }
  if (claim.gpuHours !== null) {
    parts.push(number(claim.gpuHours) + (claim.gpuHoursDerived ? ' GPU-hours (derived)' : ' GPU-hours')
      + (claim.hardware ? ' of ' + claim.hardware.name : ''));
  }
  return parts.length ? parts.join('; ') : 'none stated';
}

/**
 * Every claim with GPU-hours priced each way side by side: as its source states it, at each kind of rental rate and
 * owned (amortized), with what owning assumes, and a sentence on how renting and owning compare.
 */
function ownedTable(model, claims) {
  const priced = claims.filter((claim) => claim.gpuHours !== null && claim.hardware && !claim.capitalExpense);
  if (!priced.length) {
    return el('p', { class: 'owned' }, 'No claim about ' + model.name + ' states GPU-hours to price as rented or owned.');
  }
  const cell = (value) => (value === null ? 'no rate' : amount(value));
  const rows = priced.map((claim) => [
    el('code', { 'data-owned': claim.key }, claim.key),
    claim.amountLowUsd !== null ? rangeNodes(claim.amountLowUsd, claim.amountHighUsd)
      : claim.rateUsdPerGpuHour !== null ? [amount(Number(claim.gpuHours) * Number(claim.rateUsdPerGpuHour)),
        ` at the source's $${claim.rateUsdPerGpuHour} an hour`] : 'no amount',
    ...RENTALS.map((rental) => cell(claim[rental.alias])),
    claim.amortized ? amount(claim.amortized.totalUsd) : 'no value',
    claim.amortized ? assumptions(claim) : 'the ledger lacks what owning ' + claim.hardware.name + ' costs',
  ]);
  // claims that compare alike share one sentence
  const agreements = new Map();
  priced.forEach((claim) => {
    const text = agreement(claim);
    if (text) {
      agreements.set(text, [...(agreements.get(text) || []), claim.key]);
    }
  });
  return el('div', { class: 'owned' },
    table('Rented and owned: the claims\' GPU-hours priced each way (USD)',
      ['Claim', 'As stated', ...RENTALS.map((rental) => rental.label), 'Owned (amortized)', 'What owning assumes'],
      rows, { id: 'owned-table' }),
    agreements.size ? el('ul', { class: 'agreements' }, [...agreements].map(([text, keys]) => el('li', {},
      keys.join(', ') + ': ' + text))) : null,
    el('p', { class: 'muted' }, 'Owned (amortized), after Epoch AI: the chips\' purchase price, depreciated 0.14 orders'
      + ' of magnitude a year from the price\'s date to the run, spread over the hours of use, plus 19% for the'
      + ' interconnect and the energy the servers drew at the data centre\'s PUE; in the dollars of the price row, no'
      + ' inflation adjustment.'));
}

/** What an amortized value assumes: the price row, the chips' age, PUE and electricity. */
function assumptions(claim) {
  const value = claim.amortized;
  const price = value.price;
  return `${claim.hardware.name} bought ${price.pricedOn} at $${number(price.usdPerChip)} a chip`
    + (price.basis === 'SERVER_SHARE' ? ' (a server\'s price over its chips)' : ' (the chip alone)')
    + `, ${number(value.ageYears)} years old when the run started (${value.trainingStartedOn}); PUE ${value.pue},`
    + ` electricity $${value.usdPerKwh}/kWh; $${value.usdPerChipHour} a GPU-hour`;
}

/** How owning compares with the rental rate the claim states (else the on-demand rate): why two figures differ. */
function agreement(claim) {
  if (!claim.amortized) {
    return null;
  }
  const owned = Number(claim.amortized.usdPerChipHour);
  const stated = claim.rateUsdPerGpuHour !== null ? Number(claim.rateUsdPerGpuHour) : null;
  const rented = stated !== null ? stated
    : claim.onDemand !== null ? Number(claim.onDemand) / Number(claim.gpuHours) : null;
  if (rented === null || rented === 0) {
    return null;
  }
  const whose = stated !== null ? `the source's $${claim.rateUsdPerGpuHour}` : `the on-demand $${rented.toFixed(2)}`;
  const factor = owned / rented;
  const how = Math.abs(factor - 1) <= 0.15
    ? `about what renting them costs at ${whose} an hour, so the rented and owned figures agree within `
      + `${Math.round(Math.abs(factor - 1) * 100)}%`
    : `${factor < 1 ? (1 / factor).toFixed(1) + ' times less' : factor.toFixed(1) + ' times more'} than renting`
      + ` them at ${whose} an hour`;
  return `owning the chips costs $${owned.toFixed(2)} a GPU-hour, ${how}.`;
}
