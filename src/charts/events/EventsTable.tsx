/** The events of the markets in view, by date, each with its source: sortable like the figures. */
import type { AtlasData } from '../../data/atlasData'
import type { ShownEvent } from '../../data/select/marketEvents'
import { t } from '../../i18n/locale'
import { type Column, SortableTable } from '../table/SortableTable'
import { EventIcon, kindLabel } from './EventGlyph'
import { eventDate, marketNameOf } from './eventText'

export function EventsTable({ events, data }: { events: ShownEvent[]; data: AtlasData }) {
  const columns: Column<ShownEvent>[] = [
    {
      id: 'date',
      header: t('events.col.date'),
      cell: (e) => <time dateTime={e.date}>{eventDate(e)}</time>,
      sortValue: (e) => e.date,
    },
    {
      id: 'market',
      header: t('events.col.market'),
      rowHeader: true,
      cell: (e) => marketNameOf(data, e.market),
      sortValue: (e) => marketNameOf(data, e.market),
    },
    {
      id: 'kind',
      header: t('events.col.kind'),
      cell: (e) => (
        <>
          <EventIcon kind={e.kind} /> {kindLabel(e.kind)}
        </>
      ),
      sortValue: (e) => kindLabel(e.kind),
    },
    {
      id: 'title',
      header: t('events.col.title'),
      prose: true,
      cell: (e) => (
        <>
          <span lang="en">{e.title}</span>
          {e.note ? <span className="event-details__note"> ({e.note})</span> : null}
        </>
      ),
    },
    {
      id: 'source',
      header: t('events.col.source'),
      prose: true,
      cell: (e) => (
        <>
          {e.publisher}.{' '}
          <a href={e.url} target="_blank" rel="noopener noreferrer">
            {e.report}
          </a>{' '}
          <q lang="en">{e.quote}</q>
        </>
      ),
    },
  ]
  return (
    <section className="events-section" aria-label={t('events.heading')}>
      <h3 className="section-title">{t('events.heading')}</h3>
      {events.length > 0 ? (
        <>
          <SortableTable
            rows={events}
            columns={columns}
            caption={t('events.caption')}
            rowKey={(e) => `${e.market}|${e.date}|${e.title}`}
            rowMarket={(e) => e.market}
          />
          <p className="events-section__note">{t('event.titlesNote')}</p>
        </>
      ) : (
        <p className="empty-state">{t('events.none')}</p>
      )}
    </section>
  )
}
