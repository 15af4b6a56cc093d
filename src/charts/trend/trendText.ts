/** Title, subtitle, source line and summary of a trend. Pure. */
import { METRIC_INFO, type Metric } from '../../data/metrics'
import type { Dataset } from '../../data/schema'
import type { DisplayUnit } from '../../view/viewState'
import { type ChartText, sourceLine } from '../chartText'
import { formatValue, listNames, qualifierWord } from '../format'
import { metricLine, metricTitle } from '../ranking/rankingText'
import type { TrendPoint, TrendSeries } from './trendSeries'

export function trendText(
  series: TrendSeries,
  metric: Metric,
  rule: string,
  datasets: Dataset[],
  unit: DisplayUnit,
  chosenByDefault: boolean,
): ChartText {
  const first = series.years[0]
  const last = series.years.at(-1)
  const unitOf = METRIC_INFO[metric].unit
  const show = (p: TrendPoint) =>
    `${qualifierWord(p.qualifier)}${formatValue(p.value, unitOf, unit)} in ${p.year}`
  const summary = series.lines
    .map((line) => {
      const [a] = line.points
      const b = line.points.at(-1)
      if (!a || !b) return `${line.name}: no year where every member has a figure.`
      if (a === b) return `${line.name}: ${show(a)} only.`
      return `${line.name}: ${show(a)} to ${show(b)} (${line.points.length} years with a figure).`
    })
    .join(' ')
  const text: ChartText = {
    title: `${metricTitle(metric)} over time${first !== undefined && last !== undefined ? `, ${first}–${last}` : ''}`,
    subtitle: [
      metricLine(metric, unit),
      `Each point is ${rule} for its year; years without a figure are gaps, never zeros.`,
      chosenByDefault
        ? 'Shown: the markets with the longest series; choose markets to change them.'
        : '',
      series.lines.some((l) => l.kind === 'group')
        ? 'Dashed lines: group totals, drawn only in years where every member has a figure.'
        : '',
    ]
      .filter(Boolean)
      .join(' '),
    sourceLine: sourceLine(
      series.lines.flatMap((l) => l.points.flatMap((p) => p.rows.map((r) => r.source))),
      datasets,
    ),
    summary: summary || 'No chosen market has a figure in these years.',
  }
  if (series.empty.length > 0)
    text.missingLine = `No sourced figure in these years: ${listNames(series.empty.map((m) => m.name))}.`
  return text
}
