/** Title, subtitle, source line and text summary of a ranking, written from its state. Pure. */
import { METRIC_INFO, type Metric } from '../../data/metrics'
import type { Dataset } from '../../data/schema'
import { describePickRule, type PickRule } from '../../data/select/pickObservation'
import type { DisplayUnit } from '../../view/viewState'
import { type ChartText, plural, sourceLine } from '../chartText'
import { formatFigure, listNames, unitLabel } from '../format'
import type { RankingSeries } from './rankingSeries'

export type { ChartText }

/** "In megawatts (MW): capacity live and in operation." */
export function metricLine(metric: Metric, unit: DisplayUnit): string {
  const info = METRIC_INFO[metric]
  const unitText =
    info.unit === '%'
      ? 'In per cent'
      : unit === 'gw'
        ? `In gigawatts (${unitLabel('MW', unit)})`
        : 'In megawatts (MW)'
  return `${unitText}: ${info.description}.`
}

export function metricTitle(metric: Metric): string {
  return `${METRIC_INFO[metric].label}${metric === 'vacancy_pct' ? ' rate' : ''}`
}

export function rankingText(
  series: RankingSeries,
  metric: Metric,
  year: number,
  pick: PickRule,
  datasets: Dataset[],
  publisherName?: string,
  unit: DisplayUnit = 'mw',
): ChartText {
  const disputed = series.rows.filter((r) => r.others.length > 0).length
  const rule = describePickRule(pick, publisherName)
  const subtitle = [
    metricLine(metric, unit),
    `${plural(series.rows.length, 'market')};`,
    disputed > 0
      ? `where sources disagree (${plural(disputed, 'market')}), the bar shows ${rule}.`
      : `each bar shows ${rule}.`,
  ].join(' ')
  const text: ChartText = {
    title: `${metricTitle(metric)} by market, ${year}`,
    subtitle,
    sourceLine: sourceLine(
      series.rows.map((r) => r.source),
      datasets,
    ),
    summary: summarise(series, METRIC_INFO[metric].label.toLowerCase(), year, unit),
  }
  if (series.missing.length > 0)
    text.missingLine = `No sourced figure for ${year}: ${listNames(series.missing.map((m) => m.name))}.`
  return text
}

function summarise(series: RankingSeries, what: string, year: number, unit: DisplayUnit): string {
  const [first, second, third] = series.rows
  if (!first) return `No market has a sourced figure for ${what} in ${year}.`
  const figureText = (row: NonNullable<typeof first>) =>
    `${row.market.name} (${formatFigure(row.drawn, unit)}, ${row.source.publisher}, ${row.drawn.period})`
  const parts = [`${figureText(first)} ranks first for ${what} in ${year}`]
  const next = [second, third].filter((r) => r !== undefined)
  if (next.length > 0) parts.push(`followed by ${listNames(next.map(figureText))}`)
  let text = `${parts.join(', ')}.`
  const last = series.rows.at(-1)
  if (last && series.rows.length > 3)
    text += ` The lowest of ${series.rows.length} is ${figureText(last)}.`
  const missing = series.missing.length
  if (missing > 0 && missing <= 3)
    text += ` No sourced figure for ${listNames(series.missing.map((m) => m.name))}.`
  else if (missing > 3) text += ` ${missing} of the chosen markets have no sourced figure.`
  return text
}
