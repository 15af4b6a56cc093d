/** Title, subtitle, source line and text summary of a ranking, written from its state. Pure. */

import {
  type ChartText,
  describePickRule,
  metricLine,
  metricTitle,
  sourceLine,
  withScope,
} from '../../charts/chartText'
import { formatFigure, listNames, scopeLabel } from '../../charts/format'
import type { Metric } from '../../data/metrics'
import type { Dataset, Scope } from '../../data/schema'
import { figureMix, isLikeForLike } from '../../data/select/figureMix'
import type { PickRule } from '../../data/select/pickObservation'
import { nameInSentence, t, tn } from '../../i18n/locale'
import type { DisplayUnit } from '../../view/viewState'
import type { RankingSeries } from './rankingSeries'

export type { ChartText }

export function rankingText(
  series: RankingSeries,
  metric: Metric,
  year: number,
  pick: PickRule,
  datasets: Dataset[],
  publisherName?: string,
  unit: DisplayUnit = 'mw',
  scope: Scope | null = null,
): ChartText {
  const disputed = series.rows.filter((r) => r.others.length > 0).length
  const rule = withScope(describePickRule(pick, publisherName), scope)
  const subtitle = [
    metricLine(metric, unit),
    disputed > 0
      ? tn('ranking.subtitle.disputed', series.rows.length, {
          disputed: tn('count.markets', disputed),
          rule,
        })
      : tn('ranking.subtitle.agreed', series.rows.length, { rule }),
  ].join(' ')
  const text: ChartText = {
    title: t('ranking.title', { metric: metricTitle(metric), year: String(year) }),
    subtitle,
    sourceLine: sourceLine(
      series.rows.map((r) => r.source),
      datasets,
    ),
    summary: summarise(series, t(`metric.${metric}`).toLowerCase(), year, unit),
  }
  if (series.missing.length > 0)
    text.missingLine = t('chart.missingInYear', {
      year: String(year),
      names: listNames(series.missing.map((m) => m.name)),
    })
  return text
}

function summarise(series: RankingSeries, what: string, year: number, unit: DisplayUnit): string {
  const [first, second, third] = series.rows
  const y = String(year)
  if (!first) return t('ranking.summary.none', { what, year: y })
  const figureText = (row: NonNullable<typeof first>) =>
    t('figure.inSentence', {
      market: nameInSentence(row.market.name),
      figure: formatFigure(row.drawn, unit),
      publisher: row.source.publisher,
      period: row.drawn.period,
    })
  const next = [second, third].filter((r) => r !== undefined)
  let text =
    next.length > 0
      ? t('ranking.summary.firstFollowed', {
          first: figureText(first),
          what,
          year: y,
          next: listNames(next.map(figureText)),
        })
      : t('ranking.summary.first', { first: figureText(first), what, year: y })
  const last = series.rows.at(-1)
  if (last && series.rows.length > 3)
    text += ` ${t('ranking.summary.lowest', { count: series.rows.length, last: figureText(last) })}`
  // A rank compares figures: where they come from several publishers or scopes, say so.
  const mix = figureMix(series.rows)
  if (!isLikeForLike(mix))
    text += ` ${tn('ranking.summary.mix', mix.publishers.length, {
      scopes: mix.scopes.map(scopeLabel).join('; '),
    })}`
  const missing = series.missing.length
  if (missing > 0 && missing <= 3)
    text += ` ${t('chart.missing', { names: listNames(series.missing.map((m) => m.name)) })}`
  else if (missing > 3) text += ` ${tn('chart.missingCount', missing)}`
  return text
}
