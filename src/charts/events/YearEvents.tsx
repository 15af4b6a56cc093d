/** Under the chart, the events of the year shown: what a reader stepping or playing lands on. */
import { memo } from 'react'
import type { AtlasData } from '../../data/atlasData'
import { eventYear, type ShownEvent } from '../../data/select/marketEvents'
import { t } from '../../i18n/locale'
import { EventLine } from './EventDetails'

// Memoised: a step draws the chart first and this list a frame later (ViewLayout).
export const YearEvents = memo(function YearEvents({
  events,
  year,
  data,
}: {
  events: readonly ShownEvent[]
  year: number
  data: AtlasData
}) {
  const shown = events.filter((e) => eventYear(e) === year)
  if (shown.length === 0) return null
  return (
    <section className="year-events" aria-label={t('events.inYear', { year: String(year) })}>
      <p className="year-events__head">{t('events.inYear', { year: String(year) })}</p>
      <ul className="year-events__list">
        {shown.map((e) => (
          <EventLine key={`${e.market}|${e.date}|${e.title}`} event={e} data={data} />
        ))}
      </ul>
    </section>
  )
})
