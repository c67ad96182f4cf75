import { z } from 'zod';
import { dbVersion, id, isoDate, pageQuery } from './validation.js';

/** A record a figure counted: enough to open it (type + id) and to recognise it (label). */
export const figureSource = z.object({ type: z.string(), id: z.number(), label: z.string() });
export type FigureSource = z.infer<typeof figureSource>;

export const figure = z.object({
  key: z.string(),
  label: z.string(),
  /** The measure word of the genre: 个, 家, 条, 期, 场次, 人次, 本, %. */
  measure: z.string(),
  group: z.string(),
  value: z.number(),
  /** Names worth quoting in the text (e.g. the titles of the books given). */
  items: z.array(z.string()),
  sources: z.array(figureSource),
});
export type Figure = z.infer<typeof figure>;

const periodShape = {
  from: isoDate,
  to: isoDate,
  areaId: id.optional(),
  unitId: id.optional(),
};
const fromNotAfterTo: [(p: { from: string; to: string }) => boolean, { message: string; path: string[] }] = [
  (p) => p.from <= p.to,
  { message: '结束日期不能早于开始日期', path: ['to'] },
];
export const periodQuery = z.object(periodShape).refine(...fromNotAfterTo);
export type PeriodQuery = z.infer<typeof periodQuery>;
/**
 * The figure list. `withSources=false` leaves each figure's records out (the dashboard shows values
 * and asks for one figure's records when clicked; at province scale the records are ≈ 2.4 MB).
 */
export const figuresQuery = z
  .object({
    ...periodShape,
    withSources: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true')
      .meta({ title: '含来源记录' }),
  })
  .refine(...fromNotAfterTo);
export type FiguresQuery = z.infer<typeof figuresQuery>;

export const figuresResponse = z.object({ from: z.string(), to: z.string(), figures: z.array(figure) });

/** One block of a summary: a heading level or a paragraph; text may hold figure tokens {{key}}. */
export const SUMMARY_BLOCK_KINDS = ['h1', 'h2', 'h3', 'h4', 'p'] as const;
export const summaryBlock = z.object({
  kind: z.enum(SUMMARY_BLOCK_KINDS),
  text: z.string().max(5000),
});
export type SummaryBlock = z.infer<typeof summaryBlock>;

export const FIGURE_TOKEN = /\{\{([a-zA-Z0-9_.]+)\}\}/g;

export const summaryCreate = z
  .object({
    from: isoDate,
    to: isoDate,
    title: z.string().trim().min(1).max(100).optional(),
  })
  .refine((p) => p.from <= p.to, { message: '结束日期不能早于开始日期', path: ['to'] });

export const summaryUpdate = z.object({
  title: z.string().trim().min(1).max(100),
  blocks: z.array(summaryBlock).min(1).max(400),
  version: dbVersion,
});

export const summaryListQuery = z.object({
  ...pageQuery,
  order: z.enum(['asc', 'desc']).default('desc'),
  sort: z.enum(['updatedAt', 'periodFrom', 'title']).default('updatedAt'),
  q: z.string().trim().max(50).optional(),
});

export const summaryListItem = z.object({
  id: z.number(),
  title: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  version: z.number(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});

export const summary = summaryListItem.extend({
  signature: z.string(),
  signDate: z.string(),
  blocks: z.array(summaryBlock),
  /** The figures as counted when the draft was made (or last recounted). */
  figures: z.array(figure),
});
export type Summary = z.infer<typeof summary>;

export const recountResponse = z.object({
  changes: z.array(
    z.object({ key: z.string(), label: z.string(), before: z.number().nullable(), after: z.number() }),
  ),
  figures: z.array(figure),
});

export const summaryVersion = z.object({
  version: z.number(),
  savedAt: z.string(),
  savedByName: z.string().nullable(),
  title: z.string(),
});

/** Replaces figure tokens by their values (for previews and exports). */
export function renderTokens(text: string, values: Map<string, number>): string {
  return text.replace(FIGURE_TOKEN, (whole, key: string) =>
    values.has(key) ? formatFigure(values.get(key)!) : whole,
  );
}

export function formatFigure(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** 统计概览 heat map: units (rows, most lagging first, paged) × lines of work (figures). */
export const heatmapQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    areaId: id.optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine((p) => p.from <= p.to, { message: '结束日期不能早于开始日期', path: ['to'] });
export type HeatmapQuery = z.infer<typeof heatmapQuery>;

/**
 * One unit × figure cell: `value` is the figure narrowed to the unit (what its drill-down shows),
 * `count` the records counted, `total` what was due (0 = nothing due: no colour), `rate` the share
 * done in percent (null when nothing was due).
 */
export const heatCell = z.object({
  value: z.number(),
  count: z.number(),
  total: z.number(),
  rate: z.number().nullable(),
});
export type HeatCell = z.infer<typeof heatCell>;

export const heatmapResponse = z.object({
  from: z.string(),
  to: z.string(),
  columns: z.array(z.object({ key: z.string(), label: z.string(), measure: z.string() })),
  rows: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      areaName: z.string().nullable(),
      /** 滞后指数: 100 − the mean rate over the cells with something due (0 when nothing was due). */
      lag: z.number(),
      /** Cells with something due. */
      due: z.number(),
      cells: z.record(z.string(), heatCell),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type Heatmap = z.infer<typeof heatmapResponse>;

/** 考评类别对比: the assessment of the period (or the chosen one) compared by category. */
export const categoryComparisonQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    areaId: id.optional(),
    schemeId: id.optional().meta({ title: '考评方案' }),
  })
  .refine((p) => p.from <= p.to, { message: '结束日期不能早于开始日期', path: ['to'] });
export type CategoryComparisonQuery = z.infer<typeof categoryComparisonQuery>;

export const comparedScheme = z.object({
  id: z.number(),
  name: z.string(),
  year: z.number(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.string(),
});

export const categoryComparison = z.object({
  schemes: z.array(comparedScheme),
  scheme: comparedScheme.nullable(),
  categories: z.array(
    z.object({
      category: z.string(),
      /** Units of the category in the caller's scope. */
      units: z.number(),
      /** Of those, fully scored and not vetoed: the ones averaged and ranked. */
      scored: z.number(),
      vetoed: z.number(),
      average: z.number().nullable(),
      highest: z.number().nullable(),
      highestUnit: z.string().nullable(),
      lowest: z.number().nullable(),
      lowestUnit: z.string().nullable(),
      /** Units on final award lists (公示 over), not withdrawn. */
      awards: z.array(
        z.object({
          awardId: z.number(),
          title: z.string(),
          unitId: z.number(),
          unitName: z.string(),
          rank: z.number(),
        }),
      ),
    }),
  ),
});
export type CategoryComparison = z.infer<typeof categoryComparison>;
