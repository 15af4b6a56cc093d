/**
 * A view's parts in their places: its controls (from the URL keys it reads, plus any of its
 * own), what comes before the chart, the chart and its timeline, and what follows. Embedded
 * (embed=1), only the chart in its frame.
 */
import { type ReactNode, useMemo, useRef, useState } from 'react'
import {
  type ChartTimeline,
  PlayingFrom,
  TimelineContext,
  UnderChart,
} from '../charts/chartContext'
import { FigureFilters, type FilterOptions } from '../controls/FigureFilters'
import { NarrowFold } from '../controls/NarrowFold'
import { Timeline } from '../controls/Timeline'
import { eventsOfMarkets, eventYear } from '../data/select/marketEvents'
import { marketsInView } from '../data/select/marketsInView'
import { sparseYears, timelineCoverage } from '../data/select/timelineYears'
import { t, withWords } from '../i18n/locale'
import { HeldHeight } from '../lib/HeldHeight'
import { Later, useAfterPaint } from '../lib/Later'
import { lazyComponent, useLazy } from '../lib/lazyComponent'
import type { ViewProps } from './viewProps'

// The year's events under the chart, with their words: loaded once a year shown has events.
const yearEvents = lazyComponent(() =>
  withWords(import('../charts/events/YearEvents')).then((m) => m.YearEvents),
)

/** A timeline over the years of the state's metric and markets. */
export const EVERY_YEAR = {}

export function ViewLayout({
  page,
  filters = {},
  controls,
  before,
  chart,
  after,
}: {
  page: ViewProps
  filters?: FilterOptions
  /** The view's own controls, after the shared ones. */
  controls?: ReactNode
  before?: ReactNode
  chart: ReactNode
  after?: ReactNode
}) {
  const stage = useRef<HTMLDivElement>(null)
  const [playingFrom, setPlayingFrom] = useState<number | null>(null)
  const { data, state, update } = page
  const { timeline, shownYear } = filters
  const wanted = timeline !== undefined && !page.embed
  const metrics = timeline?.metrics
  const markets = timeline?.markets
  const coverage = useMemo(
    () =>
      wanted
        ? timelineCoverage(
            data,
            metrics ?? [state.metric],
            markets ?? marketsInView(data, state.markets),
            state.pick,
          )
        : [],
    [wanted, metrics, markets, data, state.metric, state.markets, state.pick],
  )
  const withFigures = useMemo(() => coverage.map((y) => y.year), [coverage])
  // The events of the markets in view: ticks on the timeline, named under the chart by year.
  const events = useMemo(
    () =>
      wanted && state.events
        ? eventsOfMarkets(
            data,
            (markets ?? marketsInView(data, state.markets)).map((m) => m.id),
          )
        : [],
    [wanted, state.events, data, markets, state.markets],
  )
  const eventsShown = useMemo(() => [...new Set(events.map((e) => e.on))].join(' '), [events])
  const eventYears = useMemo(() => {
    const counts = new Map<number, number>()
    for (const e of events) counts.set(eventYear(e), (counts.get(eventYear(e)) ?? 0) + 1)
    return counts
  }, [events])
  const sparse = useMemo(() => {
    const few = sparseYears(coverage)
    return new Map(coverage.filter((y) => few.has(y.year)).map((y) => [y.year, y.markets]))
  }, [coverage])
  // A link to a year without figures still shows where it sits.
  const years = useMemo(
    () =>
      shownYear === undefined || withFigures.length === 0 || withFigures.includes(shownYear)
        ? withFigures
        : [...withFigures, shownYear].sort((a, b) => a - b),
    [withFigures, shownYear],
  )
  const hasTimeline = shownYear !== undefined && years.length > 1
  // Named once the reader moves through the years (a step, a play): the year a view opens on
  // is the chart's own story, and its events' words load only with a step.
  const [stepped, setStepped] = useState(false)
  // The year's events follow the chart once its new year is painted: their lines were a tenth
  // of a step's render, and as much again to lay out, before the bars could move.
  const eventsYear = useAfterPaint(shownYear)
  const { component: YearEvents } = useLazy(
    yearEvents,
    stepped && hasTimeline && shownYear !== undefined && eventYears.has(shownYear),
  )
  const playable = useMemo<ChartTimeline | null>(
    () =>
      hasTimeline
        ? { years, year: state.year, show: (year) => update({ year }, { replace: true }) }
        : null,
    [hasTimeline, years, state.year, update],
  )
  if (page.embed) return <div className="embed-view">{chart}</div>
  return (
    <>
      <NarrowFold label={t('controls.legend')} className="controls-fold">
        <fieldset className="controls">
          <legend className="visually-hidden">{t('controls.legend')}</legend>
          <FigureFilters {...page} options={filters} />
          {controls}
        </fieldset>
      </NarrowFold>
      <div className="view-body">
        {/* On a phone what comes before the chart (the compare view's claim) follows it instead. */}
        {before ? <div className="view-before">{before}</div> : null}
        <div className="chart-stage" ref={stage}>
          <TimelineContext.Provider value={playable}>
            <UnderChart.Provider
              value={
                hasTimeline ? (
                  <>
                    <Timeline
                      years={years}
                      year={shownYear}
                      onYear={(year, options) => {
                        setStepped(true)
                        update({ year }, options)
                      }}
                      scope={stage}
                      sparse={sparse}
                      events={eventYears}
                      onPlaying={setPlayingFrom}
                    />
                    {stepped && eventYears.size > 0 ? (
                      // Keyed by the markets in view: other markets, other room.
                      <HeldHeight key={eventsShown}>
                        {YearEvents && eventsYear !== undefined ? (
                          <YearEvents events={events} year={eventsYear} data={data} />
                        ) : null}
                      </HeldHeight>
                    ) : null}
                  </>
                ) : null
              }
            >
              {chart}
            </UnderChart.Provider>
          </TimelineContext.Provider>
        </div>
        <PlayingFrom.Provider value={playingFrom}>
          <Later>{after}</Later>
        </PlayingFrom.Provider>
      </div>
    </>
  )
}
