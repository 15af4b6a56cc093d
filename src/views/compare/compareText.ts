/** Title, subtitle, source line and summary of a group comparison. Pure. */

import { type ChartText, metricLine, metricTitle, sourceLine } from '../../charts/chartText'
import {
  basisLabel,
  formatDay,
  formatFigure,
  formatRatioReading,
  formatReading,
  formatValue,
  listNames,
  regionalName,
  scopeLabel,
} from '../../charts/format'
import type { Metric } from '../../data/metrics'
import type { Claim, Dataset } from '../../data/schema'
import { figureMix, isLikeForLike } from '../../data/select/figureMix'
import { type GroupTotal, ratio } from '../../data/select/groupTotals'
import { t, tn } from '../../i18n/locale'
import type { DisplayUnit } from '../../view/viewState'
import { type ClaimReading, countedRows } from './claimCheck'

export function formatTotal(total: Pick<GroupTotal, 'reading'>, unit: DisplayUnit): string {
  return formatReading(total.reading, (value) => formatValue(value, 'MW', unit))
}

export function compareTitle(totals: GroupTotal[], unit: DisplayUnit): string {
  const [first, ...rest] = totals
  if (!first) return t('compare.title.empty')
  const head = t('compare.title.head', {
    group: first.group.name,
    total: first.counted.length > 0 ? formatTotal(first, unit) : t('compare.noFigure'),
  })
  // A total with members missing is a lower bound: the title says how much of the group it is.
  const partial = (total: GroupTotal) =>
    total.counted.length > 0 && total.missing.length + total.unknown.length > 0
      ? ` ${t('compare.title.partial', {
          counted: total.counted.length + total.notAdded.length,
          members: total.group.markets.length,
        })}`
      : ''
  const ratios = rest.map((other) => {
    const r = other.counted.length > 0 ? ratio(first, other) : undefined
    if (!r) return t('compare.title.otherEmpty', { group: other.group.name })
    return r.kind === 'none'
      ? t('compare.title.noRatio', { group: other.group.name })
      : t('compare.title.ratio', { ratio: formatRatioReading(r), group: other.group.name })
  })
  return [head + partial(first), ...ratios].join(', ')
}

export function claimLine(claim: Claim, unit: DisplayUnit): string {
  return t('compare.claimLine', {
    claimant: claim.claimant,
    reporter: claim.reportedBy.replace(/\s*[:(].*$/, ''),
    date: formatDay(claim.date),
    figure: formatFigure(claim, unit),
    groups: listNames(claim.groups.map((g) => regionalName(g.name))),
  })
}

export function compareText(
  totals: GroupTotal[],
  metric: Metric,
  year: number,
  rule: string,
  claim: Claim | undefined,
  datasets: Dataset[],
  unit: DisplayUnit,
): ChartText {
  const y = String(year)
  const subtitle = [
    t('compare.subtitle.metric', {
      metric: metricTitle(metric),
      year: y,
      line: metricLine(metric, unit),
    }),
    t('compare.subtitle.rule', { rule }),
    claim ? t('compare.subtitle.claim', { claim: claimLine(claim, unit) }) : '',
  ]
    .filter(Boolean)
    .join(' ')
  const summary = totals
    .map((total) => {
      const parts = total.counted.map((r) =>
        t('compare.member', {
          market: r.market.name,
          figure: formatFigure(r.drawn, unit),
          publisher: r.source.publisher,
          period: r.drawn.period,
        }),
      )
      let text =
        total.counted.length > 0
          ? t('compare.summary.total', {
              group: total.group.name,
              total: formatTotal(total, unit),
              members: listNames(parts),
            })
          : t('compare.summary.none', { group: total.group.name, year: y })
      if (total.missing.length > 0)
        text += ` ${t('compare.summary.missing', { names: listNames(total.missing.map((m) => m.name)), year: y })}`
      for (const n of total.notAdded)
        text += ` ${t('compare.summary.inside', { market: n.row.market.name, inside: n.inside.name })}`
      return text
    })
    .join(' ')
  const mix = mixSentences(totals)
  return {
    title: compareTitle(totals, unit),
    subtitle,
    sourceLine: sourceLine(
      totals.flatMap((g) => [...g.counted, ...g.notAdded.map((n) => n.row)].map((r) => r.source)),
      datasets,
    ),
    // What the sums mix goes with them wherever the summary goes (screen readers, exports).
    summary: [
      summary,
      mix,
      claim ? t('compare.summary.claim', { figure: formatFigure(claim, unit) }) : '',
    ]
      .filter(Boolean)
      .join(' '),
  }
}

/**
 * Whether the headline is like for like, in one or two sentences: what its sum mixes, and the
 * closest single-publisher reading (which publishers cover every member, or the one that comes
 * closest and what it lacks).
 */
export function likeForLikeText(
  headline: GroupTotal[],
  byPublisher: ClaimReading[],
  members: number,
  year: number,
  claim: Claim | undefined,
): string {
  const y = String(year)
  const parts: string[] = []
  const mix = mixSentences(headline)
  if (mix) parts.push(mix)
  const complete = byPublisher.filter((r) => r.complete)
  const [closest] = byPublisher
  if (complete.length > 0)
    parts.push(
      t('claimCheck.complete', {
        members,
        year: y,
        publishers: listNames(complete.map((r) => r.by)),
      }),
    )
  else if (closest)
    parts.push(
      t('claimCheck.closest', {
        members,
        year: y,
        publisher: closest.by,
        own: claim && isClaimant(claim, closest.by) ? t('claimCheck.own') : '',
        covered: members - closest.lacking.length,
        lacking: listNames(closest.lacking.map((m) => m.name)),
      }),
    )
  else parts.push(t('claimCheck.noPublisher', { year: y }))
  return parts.join(' ')
}

/**
 * What the groups' sums add, in a sentence or two: like for like or not (how many figures, from
 * which publishers, of which scopes, on which bases), and how many are bounds or estimates.
 */
export function mixSentences(totals: GroupTotal[]): string {
  const mix = figureMix(countedRows(totals))
  if (mix.figures === 0) return ''
  const values = {
    figures: tn('claimCheck.figures', mix.figures),
    publishers: tn('claimCheck.publishers', mix.publishers.length, {
      names: listNames(mix.publishers),
    }),
    scopes: tn('claimCheck.scopes', mix.scopes.length, {
      // Semicolons: a scope's name may hold "and" ("colocation and hyperscale").
      names: mix.scopes.map(scopeLabel).join('; '),
    }),
    bases: tn('claimCheck.bases', mix.bases.length, {
      names: listNames(mix.bases.map(basisLabel)),
    }),
  }
  const head = t(
    isLikeForLike(mix) ? 'claimCheck.headline.like' : 'claimCheck.headline.mixed',
    values,
  )
  return mix.qualified > 0 ? `${head} ${tn('claimCheck.qualified', mix.qualified)}` : head
}

/** "JLL (Jones Lang LaSalle)" made the claim: the publisher "JLL" is its own source. */
function isClaimant(claim: Claim, publisher: string): boolean {
  const name = (s: string) =>
    s
      .replace(/\s*\(.*$/, '')
      .trim()
      .toLowerCase()
  return name(claim.claimant) === name(publisher)
}
