/** Title, subtitle, source line and summary of a group comparison. Pure. */
import type { Metric } from '../../data/metrics'
import type { Claim, Dataset } from '../../data/schema'
import { type GroupTotal, ratio } from '../../data/select/groupTotals'
import type { DisplayUnit } from '../../view/viewState'
import { type ChartText, sourceLine } from '../chartText'
import { formatDay, formatFigure, formatValue, listNames, qualifierWord } from '../format'
import { metricLine, metricTitle } from '../ranking/rankingText'

export function formatTotal(
  total: Pick<GroupTotal, 'total' | 'qualifier'>,
  unit: DisplayUnit,
): string {
  return `${qualifierWord(total.qualifier)}${formatValue(total.total, 'MW', unit)}`
}

/** "about 1.9x", or undefined when the other group adds up to nothing. */
export function formatRatio(a: GroupTotal, b: GroupTotal): string | undefined {
  const r = ratio(a, b)
  return r ? `${qualifierWord(r.qualifier)}${r.value.toFixed(1)}x` : undefined
}

export function compareTitle(totals: GroupTotal[], unit: DisplayUnit): string {
  const [first, ...rest] = totals
  if (!first) return 'Compare groups of markets'
  const head = `${first.group.name}: ${first.counted.length > 0 ? formatTotal(first, unit) : 'no sourced figure'}`
  const ratios = rest.map((other) => {
    const r = formatRatio(first, other)
    return r ? `${r} ${other.group.name}` : `${other.group.name} has no sourced figure`
  })
  return [head, ...ratios].join(', ')
}

export function claimLine(claim: Claim, unit: DisplayUnit): string {
  return `${claim.claimant}, reported by ${claim.reportedBy.replace(/\s*[:(].*$/, '')} on ${formatDay(claim.date)}: ${formatFigure(claim, unit)} for ${listNames(claim.groups.map((g) => g.name))} alike`
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
  const subtitle = [
    `${metricTitle(metric)}, ${year}. ${metricLine(metric, unit)}`,
    `Each member’s bar is ${rule}; members without a figure are missing, not zero.`,
    claim ? `Dashed line: the claim (${claimLine(claim, unit)}).` : '',
  ]
    .filter(Boolean)
    .join(' ')
  const summary = totals
    .map((t) => {
      const parts = t.counted.map(
        (r) =>
          `${r.market.name} ${formatFigure(r.drawn, unit)} (${r.source.publisher}, ${r.drawn.period})`,
      )
      let text =
        t.counted.length > 0
          ? `${t.group.name} adds up to ${formatTotal(t, unit)}: ${listNames(parts)}.`
          : `${t.group.name} has no sourced figure for ${year}.`
      if (t.missing.length > 0)
        text += ` No sourced figure for ${listNames(t.missing.map((m) => m.name))} in ${year}.`
      for (const n of t.notAdded)
        text += ` ${n.row.market.name} lies inside ${n.inside.name} and is not added again.`
      return text
    })
    .join(' ')
  return {
    title: compareTitle(totals, unit),
    subtitle,
    sourceLine: sourceLine(
      totals.flatMap((t) => [...t.counted, ...t.notAdded.map((n) => n.row)].map((r) => r.source)),
      datasets,
    ),
    summary: claim ? `${summary} The claim: ${formatFigure(claim, unit)} for each group.` : summary,
  }
}
