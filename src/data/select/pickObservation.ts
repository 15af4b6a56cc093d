/**
 * Which of several figures for one market, metric and period is drawn. Sources disagree, and
 * the app never hides that: the result keeps every other figure beside the drawn one.
 */

import { collate } from '../../lib/collate'
import type { Observation } from '../schema'

export const PICK_RULES = ['latest', 'max', 'min', 'median'] as const
export type BuiltInPickRule = (typeof PICK_RULES)[number]
/** A built-in rule, or a publisher id: draw that publisher's figure (its latest, if several). */
export type PickRule = BuiltInPickRule | { publisher: string }

export type Picked = { drawn: Observation; others: Observation[] }

/** Most recent period first; a figure dated only by year counts as older than one dated within it. */
export function byLatest(a: Observation, b: Observation): number {
  return (
    collate(b.asOf, a.asOf) ||
    basisRank(a) - basisRank(b) ||
    collate(a.source, b.source) ||
    a.value - b.value
  )
}

// On a tie, a figure whose basis is stated beats one whose basis is not.
function basisRank(o: Observation): number {
  return o.basis === 'not_stated' ? 1 : 0
}

/**
 * The record writes `Not named (…)` where the page gives a figure without saying whose it is.
 * Such a figure is drawn by `latest` only when no named publisher has one: it stays in the spread.
 */
export function isUnnamedPublisher(publisherId: string): boolean {
  return publisherId === 'not-named' || publisherId.startsWith('not-named-')
}

function byValue(a: Observation, b: Observation): number {
  return a.value - b.value || byLatest(a, b)
}

export function pickObservation(
  candidates: readonly Observation[],
  rule: PickRule,
  publisherOf: (o: Observation) => string,
): Picked | undefined {
  if (candidates.length === 0) return undefined
  let drawn: Observation | undefined
  if (typeof rule === 'object') {
    drawn = candidates.filter((o) => publisherOf(o) === rule.publisher).sort(byLatest)[0]
  } else if (rule === 'latest') {
    const named = candidates.filter((o) => !isUnnamedPublisher(publisherOf(o)))
    drawn = [...(named.length > 0 ? named : candidates)].sort(byLatest)[0]
  } else {
    const ascending = [...candidates].sort(byValue)
    // Of an even count, the median is the lower of the two middle figures: always a published number.
    const index =
      rule === 'min'
        ? 0
        : rule === 'max'
          ? ascending.length - 1
          : Math.floor((ascending.length - 1) / 2)
    drawn = ascending[index]
  }
  if (!drawn) return undefined
  const chosen = drawn
  return { drawn: chosen, others: candidates.filter((o) => o !== chosen).sort(byLatest) }
}
