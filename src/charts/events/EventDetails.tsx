/**
 * What a reader needs to tell a client about an event: its kind, date (as precise as its
 * source), title, whose it is, the publisher, the page it was read on (a link) and the quoted
 * phrase. The same on the trend's card, under the chart and in the sources view's list.
 */
import type { AtlasData } from '../../data/atlasData'
import type { ShownEvent } from '../../data/select/marketEvents'
import { t } from '../../i18n/locale'
import { EventIcon, kindLabel } from './EventGlyph'
import { eventDate, marketNameOf } from './eventText'

export function EventDetails({ event, data }: { event: ShownEvent; data: AtlasData }) {
  return (
    <div className="event-details" data-event-kind={event.kind}>
      <p className="event-details__head">
        <EventIcon kind={event.kind} national={event.national} />{' '}
        <span className="event-details__kind">{kindLabel(event.kind)}</span>
        {' · '}
        <time dateTime={event.date}>{eventDate(event)}</time>
        {event.national ? (
          <>
            {' · '}
            {t('event.national', { country: data.markets.get(event.market)?.name ?? event.market })}
          </>
        ) : null}
      </p>
      <p className="event-details__title" lang="en">
        {event.title}
      </p>
      <p className="event-details__source">
        {event.publisher}.{' '}
        <a href={event.url} target="_blank" rel="noopener noreferrer">
          {t('event.read', { report: event.report })}
        </a>
      </p>
      <blockquote className="event-details__quote" lang="en">
        “{event.quote}”
      </blockquote>
      {event.note ? <p className="event-details__note">{event.note}</p> : null}
    </div>
  )
}

/** One line per event: for the year under the chart, where the reader is stepping through. */
export function EventLine({ event, data }: { event: ShownEvent; data: AtlasData }) {
  return (
    <li className="event-line" data-event-kind={event.kind} data-market={event.market}>
      <EventIcon kind={event.kind} national={event.national} />{' '}
      <time dateTime={event.date}>{eventDate(event)}</time>
      {' · '}
      {marketNameOf(data, event.market)}
      {' · '}
      {kindLabel(event.kind)}: <span lang="en">{event.title}</span> (
      <a href={event.url} target="_blank" rel="noopener noreferrer">
        {event.publisher}
      </a>
      )
    </li>
  )
}
