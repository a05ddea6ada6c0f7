// The front page: every model in a sortable, filterable, paged table, and training cost by release year.

import {
  el, failed, failure, graphql, modelLink, money, newestOnly, number, ratio, show, table, totalText, words,
} from './api.js';
import {
  charts, decadeGrid, decades, firstChartDrawn, logTick,
} from './charts.js';

const PAGE_SIZE = 25;

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
}

function modelsTable(section) {
  // the order and the filter live in the address too, so Back returns to them and a link shares them
  const address = new URL(location.href).searchParams;
  const sorted = SORTABLE.find((column) => column.field === address.get('sort'));
  const state = {
    order: sorted ? { field: sorted.field, direction: address.get('direction') === 'DESC' ? 'DESC' : 'ASC' }
      : { field: 'RELEASED_ON', direction: 'DESC' },
    organization: address.get('organization') || '',
    cursors: [null],
  };
  let pending = state; // what the newest request asks for
  const newest = newestOnly();
  const filter = el('select', { id: 'organization-filter', autocomplete: 'off' },
    el('option', { value: '' }, 'All organizations'));
  const controls = el('div', { class: 'controls' },
    el('label', { for: 'organization-filter' }, 'Organization'), filter);
  const status = el('p', { class: 'status', role: 'status' }, 'Loading the models…');
  const holder = el('div');
  const previous = el('button', { type: 'button', id: 'previous-page', disabled: true }, 'Previous page');
  const next = el('button', { type: 'button', id: 'next-page', disabled: true }, 'Next page');
  const position = el('span', { class: 'position' });
  const pager = el('nav', { class: 'pager', 'aria-label': 'Pages of models' }, previous, position, next);
  section.append(controls, status, holder, pager);

  graphql('Organizations').then((data) => {
    [...data.organizations].sort((a, b) => a.name.localeCompare(b.name, 'en-US')).forEach((organization) => {
      filter.append(el('option', { value: organization.key }, organization.name));
    });
    filter.value = pending.organization;
  }).catch((error) => controls.append(failure(error)));
  filter.addEventListener('change', () => load({ organization: filter.value, cursors: [null] }));
  previous.addEventListener('click', () => load({ cursors: state.cursors.slice(0, -1) }, previous));
  next.addEventListener('click', () => load({ cursors: [...state.cursors, state.endCursor] }, next));

  /** Asks for the page the change describes; the state changes only when its answer arrives. */
  async function load(change = {}, focused = null) {
    const wanted = { ...pending, ...change };
    pending = wanted;
    previous.disabled = true;
    next.disabled = true;
    let data;
    try {
      data = await newest(graphql('Models', {
        first: PAGE_SIZE,
        after: wanted.cursors[wanted.cursors.length - 1],
        orderBy: [wanted.order],
        filter: wanted.organization ? { organizations: [wanted.organization] } : null,
      }));
    } catch (error) {
      if (pending !== wanted) {
        return; // a newer request is on its way
      }
      // the table still shows the last answer: the controls go back to what it shows
      pending = state;
      filter.value = state.organization;
      failed(status, error, 'the table shows the models sorted by ' + describe(state.order));
      previous.disabled = state.cursors.length === 1;
      next.disabled = !state.endCursor;
      if (focused) {
        focused.focus();
      }
      return;
    }
    if (data === null) {
      return; // a newer request is on its way
    }
    Object.assign(state, wanted, { endCursor: data.models.pageInfo.hasNextPage ? data.models.pageInfo.endCursor
      : null });
    pending = state;
    remember(state);
    status.classList.remove('error');
    holder.replaceChildren(render(data.models));
    const page = state.cursors.length;
    const first = (page - 1) * PAGE_SIZE + 1;
    const shown = data.models.nodes.length;
    position.textContent = shown ? `Models ${number(first)} to ${number(first + shown - 1)} of `
      + number(data.models.totalCount) : 'No model matches';
    status.textContent = `Sorted by ${describe(state.order)}; ${position.textContent.toLowerCase()}.`;
    previous.disabled = page === 1;
    next.disabled = !state.endCursor;
    if (focused) {
      // the button pressed, or the other one when this was the last page in its direction
      const target = [focused, previous, next].find((button) => !button.disabled);
      if (target) {
        target.focus();
      } else {
        const caption = holder.querySelector('caption');
        caption.tabIndex = -1;
        caption.focus();
      }
    } else if (change.order) {
      holder.querySelector(`button[data-field="${change.order.field}"]`).focus();
    }
  }

  function render(models) {
    const headers = [
      ...SORTABLE.map((column) => sortHeader(column)),
      'Training total', 'All-in total leaves out', 'Largest spread', 'Flagged claims',
    ];
    const rows = models.nodes.map((model) => [
      modelLink(model),
      model.organization.name,
      model.released ? model.released.text : 'unknown',
      model.training.coveredCategories.length ? totalText(model.training)
        : el('span', { class: 'muted' }, model.claimCount ? 'no total' : 'no claim'),
      model.allIn.missingCategories.length ? model.allIn.missingCategories.map(words).join(', ') : 'nothing',
      spread(model.comparisons),
      number(model.flaggedClaims),
    ]);
    return table('Models, sorted by ' + describe(state.order), headers, rows, { id: 'models-table' });
  }

  function sortHeader(column) {
    const active = state.order.field === column.field;
    const direction = active ? state.order.direction : null;
    return el('th', { scope: 'col', 'data-label': column.label,
      'aria-sort': active ? (direction === 'ASC' ? 'ascending' : 'descending') : null },
      el('button', {
        type: 'button', class: 'sort', 'data-field': column.field,
        onclick: () => load({
          order: { field: column.field, direction: active && direction === 'ASC' ? 'DESC' : 'ASC' },
          cursors: [null],
        }),
      }, column.label, el('span', { 'aria-hidden': 'true' }, active ? (direction === 'ASC' ? ' ▲' : ' ▼') : '')));
  }

  load();
}

/** Puts the table's order and filter in the address, without a new history entry. */
function remember(state) {
  const address = new URL(location.href);
  const parameters = address.searchParams;
  parameters.delete('sort');
  parameters.delete('direction');
  parameters.delete('organization');
  if (state.order.field !== 'RELEASED_ON' || state.order.direction !== 'DESC') {
    parameters.set('sort', state.order.field);
    parameters.set('direction', state.order.direction);
  }
  if (state.organization) {
    parameters.set('organization', state.organization);
  }
  history.replaceState(null, '', address);
}

function describe(order) {
  const column = SORTABLE.find((candidate) => candidate.field === order.field);
  return column.label.toLowerCase() + (order.direction === 'ASC' ? ', ascending' : ', descending');
}

function spread(comparisons) {
  const ratios = comparisons.map((comparison) => comparison.ratio).filter((value) => value !== null);
  return ratios.length ? ratio(Math.max(...ratios.map(Number))) : '–';
}

async function trends(section) {
  const scope = 'TRAINING';
  const canvas = el('canvas', {
    id: 'trends-chart', role: 'img',
    'aria-label': 'Training totals of the models by release year, on a logarithmic USD axis. The tables below'
      + ' give the same figures by year and model by model.',
  });
  const figure = el('figure', { class: 'chart trends' }, el('div', { class: 'canvas-box' }, canvas),
    el('figcaption', {}, 'Each point is one model\'s training total (its low end): a filled circle when the total'
      + ' is complete, a hollow triangle when it is only a lower bound, a square on the axis floor when its low end'
      + ' is $0. Models without a priced claim or a release date are not drawn.'));
  const status = el('p', { class: 'status', role: 'status' }, 'Loading the totals…');
  const everyModel = el('details', { class: 'points' });
  section.append(status, figure);

  // the summary and the first page of points are asked for at once: the chart needs only the points
  graphql('Summary', { scope })
    .then((data) => {
      figure.after(summaryTable(data.summary), everyModel);
      if (location.hash === '#trends') {
        section.scrollIntoView();
      }
    })
    .catch((error) => figure.after(failure(error)));

  const points = [];
  let chart = null;
  let after = null;
  do {
    let page;
    try {
      page = (await graphql('Points', { after, scope })).models;
    } catch (error) {
      status.replaceWith(failure(error));
      return;
    }
    for (const model of page.nodes) {
      if (model.total.coveredCategories.length) {
        points.push({ model, x: yearOf(model.releasedOn), low: Number(model.total.lowUsd) });
      }
    }
    chart = drawTrends(canvas, chart, points);
    status.textContent = `${number(points.length)} models drawn`;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  performance.mark('ledger:all-points');
  pointsTable(everyModel, points);
}

function drawTrends(canvas, previous, points) {
  const { min, max } = decades(points.map((point) => point.low));
  const floor = (point) => ({ x: point.x, y: point.low > 0 ? point.low : min, name: point.model.name,
    text: totalText(point.model.total) });
  const sets = [
    points.filter((point) => point.low > 0 && !point.model.total.lowerBound),
    points.filter((point) => point.low > 0 && point.model.total.lowerBound),
    points.filter((point) => point.low === 0),
  ].map((set) => set.map(floor));
  if (previous) {
    previous.data.datasets.forEach((dataset, i) => { dataset.data = sets[i]; });
    Object.assign(previous.options.scales.y, { min, max });
    previous.update();
    return previous;
  }
  const Chart = charts();
  const chart = new Chart(canvas, {
    type: 'scatter',
    data: {
      datasets: [
        { label: 'Complete total', data: sets[0], backgroundColor: '#1b6ca8', borderColor: '#1b6ca8',
          pointRadius: 4 },
        { label: 'Lower bound (at least)', data: sets[1], backgroundColor: 'rgba(0,0,0,0)', borderColor: '#d95f02',
          pointStyle: 'triangle', pointRadius: 5, borderWidth: 1.5 },
        { label: 'Low end $0 (drawn on the floor)', data: sets[2], backgroundColor: '#6a51a3',
          borderColor: '#6a51a3', pointStyle: 'rect', pointRadius: 4 },
      ],
    },
    options: {
      parsing: false,
      scales: {
        x: { type: 'linear', title: { display: true, text: 'Release year' },
          ticks: { stepSize: 1, callback: (value) => Number.isInteger(value) ? String(value) : '' } },
        y: { type: 'logarithmic', min, max, title: { display: true, text: 'Training total (USD)' },
          ticks: { callback: logTick }, grid: decadeGrid },
      },
      plugins: {
        tooltip: { callbacks: { label: (item) => `${item.raw.name}: ${item.raw.text}` } },
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
    group.largest ? [modelLink(group.largest.model), ': ', totalText(group.largest)] : '–',
  ]);
  return table('Training totals by release year', [
    'Year', 'Models', 'With a total', 'Complete totals', 'Median total (low end)', 'Largest total',
  ], rows, { id: 'trends-table' });
}

/** The points model by model, built only when a reader opens them (a large ledger draws thousands). */
function pointsTable(details, points) {
  details.replaceChildren(el('summary', {}, `Every model drawn, by release date (${number(points.length)})`));
  details.addEventListener('toggle', () => {
    if (details.open && details.children.length === 1) {
      details.append(table('Training totals model by model', ['Model', 'Released', 'Training total'],
        points.map((point) => [modelLink(point.model), point.model.released.text, totalText(point.model.total)]),
        { id: 'points-table' }));
    }
  });
}
