/** Title, subtitle, source line and summary of a trend. Pure. */

import { type ChartText, metricLine, metricTitle, sourceLine } from '../../charts/chartText'
import { formatValue, listNames, qualified } from '../../charts/format'
import { METRIC_UNIT, type Metric } from '../../data/metrics'
import type { Dataset } from '../../data/schema'
import { t } from '../../i18n/locale'
import type { DisplayUnit } from '../../view/viewState'
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
      return t('trend.summary.range', {
        name: line.name,
        from: show(a),
        to: show(b),
        count: line.points.length,
      })
    })
    .join(' ')
  const text: ChartText = {
    title:
      first !== undefined && last !== undefined
        ? t('trend.title.years', {
            metric: metricTitle(metric),
            from: String(first),
            to: String(last),
          })
        : t('trend.title', { metric: metricTitle(metric) }),
    subtitle: [
      metricLine(metric, unit),
      t('trend.subtitle.rule', { rule }),
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
