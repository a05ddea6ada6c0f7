// The front page: every model in a sortable, filterable, paged table, and training cost by release year.

import {
  el, failure, graphql, modelLink, money, moneyShort, number, ratio, show, table, words,
} from './api.js';
import {
  charts, decadeGrid, decades, firstChartDrawn, logTick,
} from './charts.js';

const PAGE_SIZE = 25;

const MODELS = `query Models($first: Int, $after: String, $orderBy: [ModelOrder], $filter: ModelFilter) {
  models(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      key name releasedOn organization { key name }
      training: scopedTotal(scope: "TRAINING") { lowUsd highUsd lowerBound coveredCategories }
      allIn: scopedTotal(scope: "ALL_IN") { missingCategories }
      comparisons(includeFlagged: true) { ratio }
      claims { flags { severity } }
    }
  }
}`;

const ORGANIZATIONS = '{ organizations { key name } }';

const SUMMARY = `query Summary($scope: String!) {
  summary(groupBy: YEAR, scope: $scope) {
    year models pricedModels completeTotals medianLowUsd
    largest { lowUsd lowerBound model { key name } }
  }
}`;

const POINTS = `query Points($after: String, $scope: String!) {
  models(first: 500, after: $after, orderBy: [{field: RELEASED_ON}], filter: {releasedFrom: "1900-01-01"}) {
    pageInfo { hasNextPage endCursor }
    nodes { key name releasedOn total: scopedTotal(scope: $scope) { lowUsd lowerBound coveredCategories } }
  }
}`;

const SORTABLE = [
  { field: 'NAME', label: 'Model' },
  { field: 'ORGANIZATION', label: 'Organization' },
  { field: 'RELEASED_ON', label: 'Released' },
];

export function home() {
  const modelsSection = el('section', { 'aria-labelledby': 'models-heading' },
    el('h1', { id: 'models-heading' }, 'Models'),
    el('p', {}, 'Each model\'s training total adds up only claims that can honestly be added; "at least" marks a',
      ' total that is only a lower bound. The all-in total says which categories no claim covers yet.'));
  const trendsSection = el('section', { id: 'trends', 'aria-labelledby': 'trends-heading' },
    el('h2', { id: 'trends-heading' }, 'Training cost by release year'));
  show(modelsSection, trendsSection);
  modelsTable(modelsSection);
  trends(trendsSection);
  if (location.hash === '#trends') {
    trendsSection.scrollIntoView();
  }
}

function modelsTable(section) {
  const state = { order: { field: 'RELEASED_ON', direction: 'DESC' }, organization: '', cursors: [null] };
  const filter = el('select', { id: 'organization-filter' }, el('option', { value: '' }, 'All organizations'));
  const controls = el('div', { class: 'controls' },
    el('label', { for: 'organization-filter' }, 'Organization'), filter);
  const holder = el('div', { 'aria-live': 'polite' });
  section.append(controls, holder);

  graphql(ORGANIZATIONS).then((data) => {
    [...data.organizations].sort((a, b) => a.name.localeCompare(b.name, 'en-US')).forEach((organization) => {
      filter.append(el('option', { value: organization.key }, organization.name));
    });
  }).catch((error) => controls.append(failure(error)));
  filter.addEventListener('change', () => {
    state.organization = filter.value;
    state.cursors = [null];
    load();
  });

  async function load(focus) {
    const variables = {
      first: PAGE_SIZE,
      after: state.cursors[state.cursors.length - 1],
      orderBy: [state.order],
      filter: state.organization ? { organizations: [state.organization] } : null,
    };
    let data;
    try {
      data = await graphql(MODELS, variables);
    } catch (error) {
      holder.replaceChildren(failure(error));
      return;
    }
    holder.replaceChildren(...render(data.models));
    if (focus) {
      holder.querySelector(focus)?.focus();
    }
  }

  function render(models) {
    const page = state.cursors.length;
    const first = (page - 1) * PAGE_SIZE + 1;
    const headers = [
      ...SORTABLE.map((column) => sortHeader(column)),
      'Training total', 'All-in total leaves out', 'Largest spread', 'Flagged claims',
    ];
    const rows = models.nodes.map((model) => [
      modelLink(model),
      model.organization.name,
      model.releasedOn || 'unknown',
      total(model.training),
      model.allIn.missingCategories.length ? model.allIn.missingCategories.map(words).join(', ') : 'nothing',
      spread(model.comparisons),
      number(model.claims.filter((claim) => claim.flags.length).length),
    ]);
    const pager = el('nav', { class: 'pager', 'aria-label': 'Pages of models' },
      el('button', {
        type: 'button', id: 'previous-page', disabled: page === 1,
        onclick: () => { state.cursors.pop(); load('#previous-page'); },
      }, 'Previous page'),
      el('span', {}, models.nodes.length
        ? `Models ${number(first)} to ${number(first + models.nodes.length - 1)} of ${number(models.totalCount)}`
        : 'No model matches'),
      el('button', {
        type: 'button', id: 'next-page', disabled: !models.pageInfo.hasNextPage,
        onclick: () => { state.cursors.push(models.pageInfo.endCursor); load('#next-page'); },
      }, 'Next page'));
    return [table('Models, ' + sortDescription(), headers, rows, { id: 'models-table' }), pager];
  }

  function sortHeader(column) {
    const active = state.order.field === column.field;
    const direction = active ? state.order.direction : null;
    return el('th', { scope: 'col', 'aria-sort': active ? (direction === 'ASC' ? 'ascending' : 'descending') : null },
      el('button', {
        type: 'button', class: 'sort', 'data-field': column.field,
        onclick: () => {
          state.order = { field: column.field, direction: active && direction === 'ASC' ? 'DESC' : 'ASC' };
          state.cursors = [null];
          load(`button[data-field="${column.field}"]`);
        },
      }, column.label, el('span', { 'aria-hidden': 'true' }, active ? (direction === 'ASC' ? ' ▲' : ' ▼') : '')));
  }

  function sortDescription() {
    const column = SORTABLE.find((candidate) => candidate.field === state.order.field);
    return 'sorted by ' + column.label.toLowerCase() + (state.order.direction === 'ASC' ? ', ascending'
      : ', descending');
  }

  load();
}

function total(scoped) {
  if (!scoped.coveredCategories.length) {
    return el('span', { class: 'muted' }, 'no claim');
  }
  return scoped.lowerBound ? 'at least ' + money(scoped.lowUsd) : money(scoped.lowUsd);
}

function spread(comparisons) {
  const ratios = comparisons.map((comparison) => comparison.ratio).filter((value) => value !== null);
  return ratios.length ? ratio(Math.max(...ratios.map(Number))) : '–';
}

async function trends(section) {
  const scope = 'TRAINING';
  const canvas = el('canvas', {
    id: 'trends-chart', role: 'img',
    'aria-label': 'Training totals of the models by release year, on a logarithmic USD axis. The table below'
      + ' gives the same figures by year.',
  });
  const figure = el('figure', { class: 'chart trends' }, el('div', { class: 'canvas-box' }, canvas),
    el('figcaption', {}, 'Each point is one model\'s training total: filled when complete, hollow when it is only'
      + ' a lower bound. Models without a priced claim are not drawn.'));
  const status = el('p', { class: 'status', role: 'status' }, 'Loading the totals…');
  section.append(status, figure);

  let summary;
  try {
    summary = (await graphql(SUMMARY, { scope })).summary;
  } catch (error) {
    status.replaceWith(failure(error));
    return;
  }
  section.append(summaryTable(summary));

  const complete = [];
  const bounds = [];
  let chart = null;
  let after = null;
  let drawn = 0;
  do {
    let page;
    try {
      page = (await graphql(POINTS, { after, scope })).models;
    } catch (error) {
      status.replaceWith(failure(error));
      return;
    }
    for (const model of page.nodes) {
      if (model.total.coveredCategories.length && Number(model.total.lowUsd) > 0) {
        const point = { x: yearOf(model.releasedOn), y: Number(model.total.lowUsd), name: model.name };
        (model.total.lowerBound ? bounds : complete).push(point);
        drawn++;
      }
    }
    chart = chart ? redraw(chart) : drawTrends(canvas, complete, bounds);
    status.textContent = `${number(drawn)} models drawn`;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
}

function redraw(chart) {
  const values = chart.data.datasets.flatMap((dataset) => dataset.data.map((point) => point.y));
  Object.assign(chart.options.scales.y, decades(values));
  chart.update();
  return chart;
}

function drawTrends(canvas, complete, bounds) {
  const Chart = charts();
  const values = [...complete, ...bounds].map((point) => point.y);
  const chart = new Chart(canvas, {
    type: 'scatter',
    data: {
      datasets: [
        { label: 'Complete total', data: complete, backgroundColor: '#1b6ca8', borderColor: '#1b6ca8',
          pointRadius: 4 },
        { label: 'Lower bound (at least)', data: bounds, backgroundColor: 'rgba(0,0,0,0)', borderColor: '#d95f02',
          pointStyle: 'triangle', pointRadius: 5, borderWidth: 1.5 },
      ],
    },
    options: {
      parsing: false,
      scales: {
        x: { type: 'linear', title: { display: true, text: 'Release year' },
          ticks: { stepSize: 1, callback: (value) => Number.isInteger(value) ? String(value) : '' } },
        y: { type: 'logarithmic', ...decades(values), title: { display: true, text: 'Training total (USD)' },
          ticks: { callback: logTick }, grid: decadeGrid },
      },
      plugins: {
        tooltip: { callbacks: { label: (item) => `${item.raw.name}: ${moneyShort(item.raw.y)}` } },
      },
    },
  });
  firstChartDrawn();
  return chart;
}

function yearOf(date) {
  const day = new Date(date + 'T00:00:00Z');
  const start = Date.UTC(day.getUTCFullYear(), 0, 1);
  const end = Date.UTC(day.getUTCFullYear() + 1, 0, 1);
  return day.getUTCFullYear() + (day.getTime() - start) / (end - start);
}

function summaryTable(groups) {
  const rows = groups.map((group) => [
    group.year === null ? 'No release date' : String(group.year),
    number(group.models),
    number(group.pricedModels),
    number(group.completeTotals),
    group.medianLowUsd === null ? '–' : money(group.medianLowUsd),
    group.largest
      ? [modelLink(group.largest.model), ': ', (group.largest.lowerBound ? 'at least ' : ''),
        money(group.largest.lowUsd)]
      : '–',
  ]);
  return table('Training totals by release year', [
    'Year', 'Models', 'With a total', 'Complete totals', 'Median total', 'Largest total',
  ], rows, { id: 'trends-table' });
}
