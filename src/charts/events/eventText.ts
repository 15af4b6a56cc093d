/** An event's words: its date as precise as its source, its market's name (its kind's: EventGlyph). */
import type { AtlasData } from '../../data/atlasData'
import { eventKey, type ShownEvent } from '../../data/select/marketEvents'
import { formatDay, t } from '../../i18n/locale'
import type { ExportEvents } from '../exportSpec'
import { marketLabel } from '../format'
import { kindLabel } from './EventGlyph'

export const eventDate = (event: Pick<ShownEvent, 'date'>) => formatDay(event.date)

export function marketNameOf(data: AtlasData, id: string): string {
  const market = data.markets.get(id)
  return market ? marketLabel(market) : id
}

/** One line of an export's key: "Johor, November 2025, Moratorium: … (Johor state government)". */
export function eventLine(event: ShownEvent, data: AtlasData): string {
  const whose = event.national
    ? `${marketNameOf(data, event.on)} (${t('event.national', { country: data.markets.get(event.market)?.name ?? event.market })})`
    : marketNameOf(data, event.market)
  return `${whose}, ${eventDate(event)}, ${kindLabel(event.kind)}: ${event.title} (${event.publisher})`
}

/** Events as the data files carry them: each once, with its market's name. */
export function exportedEvents(
  events: readonly ShownEvent[],
  data: AtlasData,
): ExportEvents['events'] {
  const once = new Map<string, ExportEvents['events'][number]>()
  for (const { on: _on, national: _national, ...event } of events)
    if (!once.has(eventKey(event)))
      once.set(eventKey(event), { ...event, marketName: marketNameOf(data, event.market) })
  return [...once.values()]
}
