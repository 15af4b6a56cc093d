/** The trend's events as the exports carry them: one numbered spot per marker, each event once. */
import { eventLine, exportedEvents } from '../../charts/events/eventText'
import type { ExportEvents } from '../../charts/exportSpec'
import type { AtlasData } from '../../data/atlasData'
import { eventYear, groupBySpot, type ShownEvent } from '../../data/select/marketEvents'

/** Rows and spots in the order the lane draws them (TrendEvents.tsx): line by line, year by year. */
export function trendEvents(
  rows: ReadonlyArray<{ id: string; events: ShownEvent[] }>,
  years: readonly number[],
  data: AtlasData,
): ExportEvents | undefined {
  const spots = rows.flatMap((row) =>
    groupBySpot(
      row.events.filter((e) => years.includes(eventYear(e))),
      (e) => String(eventYear(e)),
    ).map(({ spot, events }) => ({
      on: row.id,
      year: Number(spot),
      lines: events.map((e) => eventLine(e, data)),
    })),
  )
  if (spots.length === 0) return undefined
  const inRange = rows.flatMap((row) => row.events.filter((e) => years.includes(eventYear(e))))
  return { spots, events: exportedEvents(inRange, data) }
}
