/** Title, subtitle, source line and text summary of a ranking, written from its state. Pure. */
import { METRIC_INFO, type Metric } from '../../data/metrics'
import type { Dataset } from '../../data/schema'
import { describePickRule, type PickRule } from '../../data/select/pickObservation'
import { formatFigure, listNames } from '../format'
import type { RankingSeries } from './rankingSeries'

export type ChartText = {
  title: string
  subtitle: string
  sourceLine: string
  summary: string
  /** The chosen markets without a sourced figure, said under the chart ("no bar" is not "zero"). */
  missingLine?: string
}

export function rankingText(
  series: RankingSeries,
  metric: Metric,
  year: number,
  pick: PickRule,
  datasets: Dataset[],
  publisherName?: string,
): ChartText {
  const info = METRIC_INFO[metric]
  const title = `${info.label}${metric === 'vacancy_pct' ? ' rate' : ''} by market, ${year}`
  const disputed = series.rows.filter((r) => r.others.length > 0).length
  const unitText = info.unit === 'MW' ? 'In megawatts (MW)' : 'In per cent'
  const subtitle = [
    `${unitText}: ${info.description}.`,
    `${series.rows.length} market${series.rows.length === 1 ? '' : 's'};`,
    disputed > 0
      ? `where sources disagree (${disputed} market${disputed === 1 ? '' : 's'}), the bar shows ${describePickRule(pick, publisherName)}.`
      : `each bar shows ${describePickRule(pick, publisherName)}.`,
  ].join(' ')
  const publishers = [...new Set(series.rows.map((r) => r.source.publisher))].sort((a, b) =>
    a.localeCompare(b),
  )
  const versions = datasets.map((d) => `${d.title} ${d.version}`).sort()
  const sourceLine = `Sources: ${publishers.join('; ') || 'none'}. Data: Megawatt Atlas ${listNames(versions)}.`
  const text: ChartText = {
    title,
    subtitle,
    sourceLine,
    summary: summarise(series, info.label.toLowerCase(), year),
  }
  if (series.missing.length > 0)
    text.missingLine = `No sourced figure for ${year}: ${listNames(series.missing.map((m) => m.name))}.`
  return text
}

function summarise(series: RankingSeries, what: string, year: number): string {
  const [first, second, third] = series.rows
  if (!first) return `No market has a sourced figure for ${what} in ${year}.`
  const figureText = (row: NonNullable<typeof first>) =>
    `${row.market.name} (${formatFigure(row.drawn)}, ${row.source.publisher}, ${row.drawn.period})`
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
