/** Title, subtitle, source line and summary of a trend. Pure. */

import { type ChartText, metricLine, metricTitle, sourceLine } from '../../charts/chartText'
import { formatNumber, formatValue, listNames, qualified } from '../../charts/format'
import { METRIC_UNIT, type Metric } from '../../data/metrics'
import type { Dataset } from '../../data/schema'
import { t } from '../../i18n/locale'
import type { Change, DisplayUnit, SeriesMode } from '../../view/viewState'
import { annualGrowth, type Growth, lineGrowth } from './growth'
import type { TrendLine, TrendPoint, TrendSeries } from './trendSeries'

/** The first and last point after the line's last change of publisher or scope, if two. */
function lastStretch(line: TrendLine): [TrendPoint, TrendPoint] | undefined {
  const start = line.points.findLastIndex((p) => p.breakBefore)
  const first = line.points[Math.max(start, 0)]
  const last = line.points.at(-1)
  return first && last && first !== last ? [first, last] : undefined
}

/** A growth rate, signed: "+38%", "−2.5%". */
export function formatRate(rate: number): string {
  const percent = rate * 100
  // Two significant figures below 10 %, whole percents above: "+0.05%", "+8.5%", "+38%".
  const scale = Math.abs(percent) < 1 ? 100 : Math.abs(percent) < 10 ? 10 : 1
  const shown = formatNumber(Math.round(Math.abs(percent) * scale) / scale)
  return `${percent < 0 ? '−' : '+'}${shown}%`
}

/** The growth rate between two figures in words, saying it is derived and from which figures. */
export function growthText(growth: Growth): string {
  const years = { from: String(growth.from.year), to: String(growth.to.year) }
  if (growth.rate === null)
    return t(growth.none === 'break' ? 'trend.growth.break' : 'trend.growth.none', years)
  const rate = formatRate(growth.rate)
  switch (growth.qualifier) {
    case 'about':
    case 'at_most':
    case 'at_least':
      return t(`trend.growth.${growth.qualifier}`, { rate, ...years })
    default:
      return t('trend.growth', { rate, ...years })
  }
}

export function trendText(
  series: TrendSeries,
  metric: Metric,
  rule: string,
  datasets: Dataset[],
  unit: DisplayUnit,
  chosenByDefault: boolean,
  change: Change | null = null,
  mode: SeriesMode = 'latest',
): ChartText {
  const first = series.years[0]
  const last = series.years.at(-1)
  const unitOf = METRIC_UNIT[metric]
  const show = (p: TrendPoint) =>
    t('trend.valueInYear', {
      value: qualified(p.qualifier, formatValue(p.value, unitOf, unit)),
      year: String(p.year),
    })
  const summary = series.lines
    .map((line) => {
      const [a] = line.points
      const b = line.points.at(-1)
      if (!a || !b) return t('trend.summary.noYear', { name: line.name })
      if (a === b) return t('trend.summary.only', { name: line.name, value: show(a) })
      const range = t('trend.summary.range', {
        name: line.name,
        from: show(a),
        to: show(b),
        count: line.points.length,
      })
      const growth = lineGrowth(line)
      if (!growth) return range
      const text = `${range} ${t('trend.summary.growth', { growth: growthText(growth) })}`
      // Across a change no rate is given; within the last stretch of one source it can be.
      const stretch = growth.none === 'break' ? lastStretch(line) : undefined
      const within = stretch ? annualGrowth(stretch[0], stretch[1], line) : undefined
      return within
        ? `${text} ${t('trend.summary.lastStretch', { year: String(stretch?.[0].year), growth: growthText(within) })}`
        : text
    })
    .join(' ')
  const text: ChartText = {
    title:
      first !== undefined && last !== undefined
        ? t(change === 'index' ? 'trend.title.index' : 'trend.title.years', {
            metric: metricTitle(metric),
            from: String(first),
            to: String(last),
          })
        : t('trend.title', { metric: metricTitle(metric) }),
    subtitle: [
      change === 'index' ? t('trend.subtitle.index') : '',
      metricLine(metric, unit),
      t('trend.subtitle.rule', { rule }),
      series.lines.some((l) => l.kind === 'market')
        ? t(mode === 'publisher' ? 'trend.subtitle.publisher' : 'trend.subtitle.latest')
        : '',
      chosenByDefault ? t('trend.subtitle.default') : '',
      series.lines.some((l) => l.kind === 'group') ? t('trend.subtitle.groups') : '',
    ]
      .filter(Boolean)
      .join(' '),
    sourceLine: sourceLine(
      series.lines.flatMap((l) => l.points.flatMap((p) => p.rows.map((r) => r.source))),
      datasets,
    ),
    summary: summary || t('trend.summary.empty'),
  }
  if (series.empty.length > 0)
    text.missingLine = t('trend.missing', { names: listNames(series.empty.map((m) => m.name)) })
  return text
}
