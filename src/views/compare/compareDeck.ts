/**
 * The compare view as a slide's stacked columns: a column per group, a segment per market it
 * counts (each market its own series, so PowerPoint's legend names it in its colour).
 */
import { type DeckChart, deckPoint } from '../../charts/exportSpec'
import { unitLabel } from '../../charts/format'
import type { Observation } from '../../data/schema'
import type { GroupTotal } from '../../data/select/groupTotals'
import type { DisplayUnit } from '../../view/viewState'
import type { StackMember } from './CompareChart'

export function compareDeck(
  totals: GroupTotal[],
  members: StackMember[],
  hidden: ReadonlySet<string>,
  display: DisplayUnit,
  claim?: { label: string; figure: Pick<Observation, 'value' | 'unit' | 'qualifier'> },
): DeckChart {
  const level = claim ? deckPoint(claim.figure, display) : null
  return {
    ...(claim && level ? { reference: { name: claim.label, value: level.value } } : {}),
    type: 'bar',
    across: false,
    stacked: true,
    categories: totals.map((g) => g.group.name),
    series: members
      .filter((m) => !hidden.has(m.id))
      .map((member) => ({
        name: member.name,
        colour: member.colour,
        points: totals.map((g) => {
          const row = g.counted.find((r) => r.market.id === member.id)
          return row ? deckPoint(row.drawn, display) : null
        }),
      })),
    unit: unitLabel('MW', display),
  }
}
