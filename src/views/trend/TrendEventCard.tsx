/** The open event marker's card: every event it stands for, each with its source. Loaded on the first hover or focus. */
import { useEffect, useRef, useState } from 'react'
import { EventDetails } from '../../charts/events/EventDetails'
import type { AtlasData } from '../../data/atlasData'
import { t, tn } from '../../i18n/locale'
import type { OpenSpot } from './TrendEvents'

export function TrendEventCard({
  open,
  data,
  onClose,
}: {
  open: OpenSpot
  data: AtlasData
  onClose: () => void
}) {
  const card = useRef<HTMLElement>(null)
  const [left, setLeft] = useState(open.x)
  // Kept inside the chart: a marker near the right edge opens its card to the left.
  useEffect(() => {
    const w = card.current?.offsetWidth ?? 0
    const room = card.current?.parentElement?.clientWidth ?? w
    setLeft(Math.max(0, Math.min(open.x - 16, room - w)))
  }, [open.x])
  return (
    <section
      ref={card}
      className="event-card"
      aria-label={tn('events.count', open.events.length)}
      // Above the lane, over the plot: the rows below stay in sight.
      style={{ left, top: open.y - 14, transform: 'translateY(-100%)' }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
      }}
    >
      {open.pinned ? (
        <button
          type="button"
          className="event-card__close"
          aria-label={t('events.close')}
          onClick={onClose}
        >
          ×
        </button>
      ) : null}
      {open.events.map((event) => (
        <EventDetails
          key={`${event.market}|${event.date}|${event.title}`}
          event={event}
          data={data}
        />
      ))}
    </section>
  )
}
