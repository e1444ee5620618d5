/**
 * Charts as standalone SVG documents, drawn with Vega (`vega.View(...).toSVG()` renders in Node
 * without a browser or canvas). Three shapes cover the simulator's outputs and the scrutiny summary:
 * lines over time, grouped bars, and a stacked area against a baseline. The simulator writes them
 * as files (src/simulation/results/write.ts); the scrutiny summary puts them in its page and its PDF.
 */
import type * as Vega from 'vega';

const WIDTH = 760;
const HEIGHT = 320;
const FONT = 'Arial, Helvetica, sans-serif';
/** GOV.UK-like, distinguishable colours. */
const PALETTE = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#505a5f'];

export interface SeriesPoint {
  date: string;
  series: string;
  value: number;
}

export interface BarDatum {
  category: string;
  series: string;
  value: number;
}

function base(title: string, subtitle?: string) {
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width: WIDTH,
    height: HEIGHT,
    padding: 10,
    background: 'white',
    title: {
      text: title,
      subtitle,
      anchor: 'start',
      font: FONT,
      subtitleFont: FONT,
      fontSize: 16,
      subtitleColor: '#505a5f',
    },
    config: { axis: { labelFont: FONT, titleFont: FONT }, legend: { labelFont: FONT, titleFont: FONT } },
  };
}

const legend = { fill: 'color', orient: 'top', direction: 'horizontal', title: null, labelLimit: 400 };

/** Lines over time, one per series; `yTitle` names the unit. */
export function lineChartSpec(input: {
  title: string;
  subtitle?: string;
  yTitle: string;
  points: SeriesPoint[];
  rule?: { value: number; label: string };
}) {
  const marks: unknown[] = [
    {
      type: 'group',
      from: { facet: { name: 'bySeries', data: 'points', groupby: 'series' } },
      marks: [
        {
          type: 'line',
          from: { data: 'bySeries' },
          encode: {
            enter: {
              x: { scale: 'x', field: 'time' },
              y: { scale: 'y', field: 'value' },
              stroke: { scale: 'color', field: 'series' },
              strokeWidth: { value: 2 },
            },
          },
        },
      ],
    },
  ];
  if (input.rule) marks.push(...ruleMarks(input.rule));
  return {
    ...base(input.title, input.subtitle),
    data: [
      {
        name: 'points',
        values: input.points,
        transform: [{ type: 'formula', as: 'time', expr: 'toDate(datum.date)' }],
      },
    ],
    scales: [
      { name: 'x', type: 'utc', domain: { data: 'points', field: 'time' }, range: 'width' },
      {
        name: 'y',
        type: 'linear',
        domain: {
          fields: [
            { data: 'points', field: 'value' },
            ...(input.rule ? [{ signal: `[${input.rule.value}]` }] : []),
          ],
        },
        nice: true,
        zero: true,
        range: 'height',
      },
      { name: 'color', type: 'ordinal', domain: { data: 'points', field: 'series' }, range: PALETTE },
    ],
    axes: [
      { orient: 'bottom', scale: 'x', format: '%b %Y', title: 'Date' },
      { orient: 'left', scale: 'y', title: input.yTitle, grid: true },
    ],
    legends: [legend],
    marks,
  };
}

function ruleMarks(rule: { value: number; label: string }) {
  return [
    {
      type: 'rule',
      encode: {
        enter: {
          x: { value: 0 },
          x2: { signal: 'width' },
          y: { scale: 'y', value: rule.value },
          stroke: { value: '#0b0c0c' },
          strokeDash: { value: [6, 4] },
        },
      },
    },
    {
      type: 'text',
      encode: {
        enter: {
          x: { value: 4 },
          y: { scale: 'y', value: rule.value, offset: -6 },
          text: { value: rule.label },
          font: { value: FONT },
          fontSize: { value: 11 },
        },
      },
    },
  ];
}

/** Stacked areas over time (e.g. hours placed through the framework over hours still on earlier contracts), with a baseline rule. */
export function stackedAreaSpec(input: {
  title: string;
  subtitle?: string;
  yTitle: string;
  points: SeriesPoint[];
  order: string[];
  rule: { value: number; label: string };
}) {
  return {
    ...base(input.title, input.subtitle),
    data: [
      {
        name: 'points',
        values: input.points,
        transform: [
          { type: 'formula', as: 'time', expr: 'toDate(datum.date)' },
          { type: 'formula', as: 'rank', expr: `indexof(${JSON.stringify(input.order)}, datum.series)` },
          { type: 'stack', groupby: ['time'], sort: { field: 'rank' }, field: 'value' },
        ],
      },
    ],
    scales: [
      { name: 'x', type: 'utc', domain: { data: 'points', field: 'time' }, range: 'width' },
      {
        name: 'y',
        type: 'linear',
        domain: { fields: [{ data: 'points', field: 'y1' }, { signal: `[${input.rule.value}]` }] },
        nice: true,
        zero: true,
        range: 'height',
      },
      { name: 'color', type: 'ordinal', domain: input.order, range: PALETTE },
    ],
    axes: [
      { orient: 'bottom', scale: 'x', format: '%b %Y', title: 'Date' },
      { orient: 'left', scale: 'y', title: input.yTitle, grid: true },
    ],
    legends: [legend],
    marks: [
      {
        type: 'group',
        from: { facet: { name: 'bySeries', data: 'points', groupby: 'series' } },
        marks: [
          {
            type: 'area',
            from: { data: 'bySeries' },
            encode: {
              enter: {
                x: { scale: 'x', field: 'time' },
                y: { scale: 'y', field: 'y0' },
                y2: { scale: 'y', field: 'y1' },
                fill: { scale: 'color', field: 'series' },
                fillOpacity: { value: 0.75 },
              },
            },
          },
        ],
      },
      ...ruleMarks(input.rule),
    ],
  };
}

/**
 * Grouped bars: one group per category, one bar per series. `atLeast` keeps the value axis up to
 * that value when every bar is lower (counts that are all 0 still get a readable axis).
 */
export function groupedBarSpec(input: {
  title: string;
  subtitle?: string;
  yTitle: string;
  data: BarDatum[];
  categories: string[];
  atLeast?: number;
}) {
  const height = HEIGHT;
  return {
    ...base(input.title, input.subtitle),
    data: [{ name: 'bars', values: input.data }],
    scales: [
      { name: 'x', type: 'band', domain: input.categories, range: 'width', padding: 0.2 },
      {
        name: 'y',
        type: 'linear',
        domain:
          input.atLeast === undefined
            ? { data: 'bars', field: 'value' }
            : { fields: [{ data: 'bars', field: 'value' }, { signal: `[${input.atLeast}]` }] },
        nice: true,
        zero: true,
        range: 'height',
      },
      { name: 'color', type: 'ordinal', domain: { data: 'bars', field: 'series' }, range: PALETTE },
    ],
    axes: [
      {
        orient: 'bottom',
        scale: 'x',
        labelLimit: 220,
        labelAngle: input.categories.length > 6 ? -35 : 0,
        labelAlign: input.categories.length > 6 ? 'right' : 'center',
      },
      { orient: 'left', scale: 'y', title: input.yTitle, grid: true },
    ],
    legends: [legend],
    marks: [
      {
        type: 'group',
        from: { facet: { data: 'bars', name: 'inCategory', groupby: 'category' } },
        encode: { enter: { x: { scale: 'x', field: 'category' } } },
        // Inside the group, 'width' is the category's band: the inner scale spreads the series over it.
        signals: [{ name: 'width', update: "bandwidth('x')" }],
        scales: [
          { name: 'inner', type: 'band', range: 'width', domain: { data: 'inCategory', field: 'series' } },
        ],
        marks: [
          {
            type: 'rect',
            from: { data: 'inCategory' },
            encode: {
              enter: {
                x: { scale: 'inner', field: 'series' },
                width: { scale: 'inner', band: 1 },
                y: { scale: 'y', field: 'value' },
                y2: { scale: 'y', value: 0 },
                fill: { scale: 'color', field: 'series' },
                tooltip: { signal: "datum.series + ': ' + format(datum.value, ',.1f')" },
              },
            },
          },
        ],
      },
    ],
    height,
  };
}

/**
 * Renders a Vega spec to a standalone SVG document. Vega (and the d3 modules under it) is loaded on
 * the first chart, not with the server: ~45 MB of resident memory that only the scrutiny summary and
 * the simulator's result files use (docs/BENCHMARKS.md "Memory").
 */
export async function renderSvg(spec: object): Promise<string> {
  const vega = await import('vega');
  const view = new vega.View(vega.parse(spec as Vega.Spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
