/**
 * The claim, by whose numbers: the claim's groups added up once per publisher (each from that
 * publisher's own figures) and once per scope, with the members each lacks; and what the
 * headline's own sum mixes. Pure: an analyst checks the published claim against these.
 */
import { type AtlasData, type AtlasMarket, combineDatasets } from '../../data/atlasData'
import type { BoundReading } from '../../data/bounds'
import type { Group } from '../../data/groups'
import type { Metric } from '../../data/metrics'
import { SCOPES } from '../../data/scopes'
import { type FigureMix, figureMix } from '../../data/select/figureMix'
import { type GroupTotal, groupTotal, ratio } from '../../data/select/groupTotals'
import { isUnnamedPublisher } from '../../data/select/pickObservation'
import { collate } from '../../lib/collate'

export type ClaimReading = {
  /** A publisher's name, or a scope. */
  by: string
  totals: GroupTotal[]
  /** First group over the second, as the totals' bounds allow. */
  ratio: BoundReading | undefined
  /** Members of the groups with no figure from this publisher (or of this scope). */
  lacking: AtlasMarket[]
  /** Every member of every group has a figure. */
  complete: boolean
  mix: FigureMix
}

/** The rows a sum of groups adds (members left out as inside another are not added). */
export const countedRows = (totals: GroupTotal[]) => totals.flatMap((g) => g.counted)

function reading(by: string, totals: GroupTotal[]): ClaimReading {
  const lacking = totals.flatMap((g) => [
    ...g.missing,
    ...g.unknown.map((id) => ({ id, name: id }) as AtlasMarket),
  ])
  const [first, second] = totals
  return {
    by,
    totals,
    ratio: first && second && second.counted.length > 0 ? ratio(first, second) : undefined,
    lacking,
    complete: lacking.length === 0,
    mix: figureMix(countedRows(totals)),
  }
}

/** Most members covered first, then by name: the closest single-source reading leads. */
const byCoverage = (a: ClaimReading, b: ClaimReading) =>
  a.lacking.length - b.lacking.length || collate(a.by, b.by)

/**
 * Each publisher with a figure for any member in that year, its totals from its own figures
 * (its latest within the year); a publisher lacking members is kept, marked incomplete.
 */
export function claimByPublisher(
  data: AtlasData,
  groups: Group[],
  metric: Metric,
  year: number,
): ClaimReading[] {
  const publishers = new Set<string>()
  for (const id of groups.flatMap((g) => g.markets))
    for (const o of data.figures(id, metric, year)) publishers.add(data.publisherIdOf(o))
  return [...publishers]
    .filter((id) => !isUnnamedPublisher(id))
    .map((id) =>
      reading(
        data.publishers.get(id) ?? id,
        groups.map((g) => groupTotal(data, g, metric, year, { publisher: id })),
      ),
    )
    .sort(byCoverage)
}

/** The same per scope: figures of one scope only, the most recent of them for each member. */
export function claimByScope(
  data: AtlasData,
  groups: Group[],
  metric: Metric,
  year: number,
): ClaimReading[] {
  return SCOPES.flatMap((scope) => {
    const scoped = combineDatasets(data.datasets, scope)
    const totals = groups.map((g) => groupTotal(scoped, g, metric, year, 'latest'))
    return totals.some((g) => g.counted.length > 0) ? [reading(scope, totals)] : []
  }).sort(byCoverage)
}

/** The distinct members of the groups: how many markets a single source would have to cover. */
export const memberCount = (groups: Group[]) => new Set(groups.flatMap((g) => g.markets)).size
