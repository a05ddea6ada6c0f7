// Chart.js (served by the service from its webjar) with two small plugins: scoped totals as reference lines, and an
// arrow at the open end of a range without an upper bound. Colours are chosen to stay apart for colour-blind readers.

/* global Chart */

import { moneyShort } from './api.js';

export const KIND_COLOURS = {
  PRIMARY_DISCLOSURE: '#1b6ca8',
  COMPANY_STATEMENT: '#6a51a3',
  ANALYST_ESTIMATE: '#d95f02',
  PRESS: '#7f7f7f',
  OTHER: '#1b9e77',
};

export const SEVERITY_COLOURS = { ERROR: '#b00020', WARNING: '#8a5a00' };

export const TOTAL_COLOURS = {
  FINAL_RUN: '#0b3d2e',
  TRAINING: '#1a6b3c',
  DEVELOPMENT: '#8c2d04',
  ALL_IN: '#222222',
};

/**
 * The scoped totals: a vertical line at each total's low end (at the axis floor when it is 0) and, for a range, a
 * light band up to its high end. A lower bound is dashed, with an arrow: the total is at least this.
 */
const scopedTotals = {
  id: 'scopedTotals',
  afterDatasetsDraw(chart, args, options) {
    const { ctx, chartArea, scales } = chart;
    const lines = options.lines || [];
    lines.forEach((line, index) => {
      const x = scales.x.getPixelForValue(Math.max(line.low, scales.x.min));
      const labelY = chartArea.top - 6 - 14 * (lines.length - 1 - index);
      ctx.save();
      if (line.high !== null && line.high > line.low) {
        const right = scales.x.getPixelForValue(Math.min(line.high, scales.x.max));
        ctx.globalAlpha = 0.12;
        ctx.fillStyle = line.colour;
        ctx.fillRect(x, chartArea.top, right - x, chartArea.bottom - chartArea.top);
        ctx.globalAlpha = 1;
      }
      ctx.strokeStyle = line.colour;
      ctx.fillStyle = line.colour;
      ctx.lineWidth = 2;
      ctx.setLineDash(line.lowerBound ? [6, 4] : []);
      ctx.beginPath();
      ctx.moveTo(x, labelY + 4);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = '12px system-ui, sans-serif';
      const text = line.label + ' ' + line.text;
      const width = ctx.measureText(text).width;
      const arrowRoom = line.lowerBound ? 16 : 0;
      // right of the line when it fits, else left of it, and never past either edge of the canvas
      const fits = x + 4 + width + arrowRoom <= chart.width;
      const left = Math.max(0, Math.min(fits ? x + 4 : x - 4 - arrowRoom - width, chart.width - width - arrowRoom));
      ctx.textAlign = 'left';
      ctx.fillText(text, left, labelY);
      if (line.lowerBound) {
        arrow(ctx, left + width + 8, labelY - 4, 1);
      }
      ctx.restore();
    });
  },
};

/** An arrow head at the open end of every bar whose range has no upper bound. */
const openEnds = {
  id: 'openEnds',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    chart.data.datasets.forEach((dataset, i) => {
      chart.getDatasetMeta(i).data.forEach((bar, j) => {
        if (dataset.data[j] && dataset.data[j].open) {
          ctx.save();
          ctx.fillStyle = '#000000';
          arrow(ctx, bar.x - 2, bar.y, 1, 7);
          ctx.restore();
        }
      });
    });
  },
};

function arrow(ctx, x, y, direction, size = 5) {
  ctx.beginPath();
  ctx.moveTo(x + direction * size, y);
  ctx.lineTo(x - direction * size, y - size);
  ctx.lineTo(x - direction * size, y + size);
  ctx.closePath();
  ctx.fill();
}

/**
 * Shades every other comparison group's rows behind the bars, and names each group at the top right of its band, on
 * a white label over the bars (shortened to fit the plot).
 */
const groupBands = {
  id: 'groupBands',
  beforeDatasetsDraw(chart, args, options) {
    const { ctx, chartArea } = chart;
    bands(chart, options).forEach((band, index) => {
      ctx.save();
      if (index % 2 === 0) {
        ctx.fillStyle = '#eef2f6';
        ctx.fillRect(chartArea.left, band.top, chartArea.right - chartArea.left, band.bottom - band.top);
      }
      ctx.strokeStyle = '#8c8c8c';
      ctx.beginPath();
      ctx.moveTo(chartArea.left, band.top);
      ctx.lineTo(chartArea.right, band.top);
      ctx.stroke();
      ctx.restore();
    });
  },
  afterDatasetsDraw(chart, args, options) {
    const { ctx, chartArea } = chart;
    bands(chart, options).forEach((band) => {
      ctx.save();
      ctx.font = 'italic 11px system-ui, sans-serif';
      ctx.textBaseline = 'top';
      let text = band.label;
      const room = chartArea.right - chartArea.left - 8;
      while (text.length > 1 && ctx.measureText(text).width > room) {
        text = text.slice(0, -2) + '…';
      }
      const width = ctx.measureText(text).width;
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fillRect(chartArea.right - width - 6, band.top + 1, width + 4, 13);
      ctx.fillStyle = '#3d3d3d';
      ctx.textAlign = 'right';
      ctx.fillText(text, chartArea.right - 4, band.top + 2);
      ctx.restore();
    });
  },
};

function bands(chart, options) {
  const { scales } = chart;
  const half = (scales.y.getPixelForValue(1) - scales.y.getPixelForValue(0)) / 2 || 12;
  return (options.groups || []).map((band) => ({
    label: band.label,
    top: scales.y.getPixelForValue(band.first) - half,
    bottom: scales.y.getPixelForValue(band.last) + half,
  }));
}

let registered = false;

/** Chart.js with the page's plugins and defaults, once. */
export function charts() {
  if (!registered) {
    Chart.register(groupBands, scopedTotals, openEnds);
    Chart.defaults.font.family = 'system-ui, sans-serif';
    Chart.defaults.color = '#222222';
    Chart.defaults.animation = false;
    Chart.defaults.maintainAspectRatio = false;
    registered = true;
  }
  return Chart;
}

/** The powers of ten around a set of positive values: the log axis's floor and ceiling. */
export function decades(values) {
  const positive = values.filter((value) => value > 0);
  if (!positive.length) {
    return { min: 1, max: 10 };
  }
  const min = Math.pow(10, Math.floor(Math.log10(Math.min(...positive))));
  let max = Math.pow(10, Math.ceil(Math.log10(Math.max(...positive))));
  if (max <= min) {
    max = min * 10;
  }
  return { min, max };
}

/** Grid lines of a log axis at its powers of ten only. */
export const decadeGrid = {
  color: (context) => (isDecade(context.tick?.value) ? '#d9d9d9' : 'rgba(0,0,0,0)'),
};

export function isDecade(value) {
  const exponent = Math.log10(value);
  return Number.isFinite(exponent) && Math.abs(exponent - Math.round(exponent)) < 1e-9;
}

/** Labels only the powers of ten of a log axis. */
export function logTick(value) {
  return isDecade(value) ? moneyShort(value) : '';
}

/** Marks the first chart drawn on the page, for the timing in docs/PERFORMANCE.md. */
export function firstChartDrawn() {
  if (!performance.getEntriesByName('ledger:first-chart').length) {
    performance.mark('ledger:first-chart');
  }
}
