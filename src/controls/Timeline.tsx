/**
 * The timeline under a chart: a slider over the years with figures, a step either way, and
 * Play/Pause (one year a second, stopping at the last; Play on the last year starts over).
 *
 * History: a click on a step or an arrow key is one entry; a drag or a whole play is one entry
 * too: its first year adds it and the years after replace it, so the address follows the play
 * and Back returns to the year before it. Screen readers hear the year once per step.
 */
import { type RefObject, useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { t, tn } from '../i18n/locale'
import type { UpdateOptions } from '../view/useViewState'

const STEP_MS = 1000

// The motion's code loads when a reader reaches for the timeline (pointer or focus), not with
// the page: most readers never step. A step taken while it is still on its way waits for it a
// moment; one that cannot have it happens without motion.
let motion: typeof import('../charts/motion') | undefined
let loading: Promise<unknown> | undefined
const loadMotion = () => {
  loading ??= import('../charts/motion').then(
    (m) => {
      motion = m
    },
    () => {
      loading = undefined
    },
  )
  return loading
}
const WAIT_FOR_MOTION_MS = 300
/** With more years than this, only the first and last are written under the slider. */
const ALL_LABELS = 12

export type TimelineProps = {
  /** Ascending; holds `year`. */
  years: readonly number[]
  year: number
  onYear: (year: number, options: UpdateOptions) => void
  /** The chart whose marks move from one year to the next. */
  scope: RefObject<HTMLElement | null>
  /** Years in which few of the markets in view have a figure, with how many have one. */
  sparse?: ReadonlyMap<number, number>
  /** Years with events of the markets in view, with how many: a tick above each. */
  events?: ReadonlyMap<number, number>
  /** A play starts (from the year then shown) or stops (null). */
  onPlaying?: (from: number | null) => void
}

const NONE: ReadonlyMap<number, number> = new Map()

export function Timeline({
  years,
  year,
  onYear,
  scope,
  sparse = NONE,
  events = NONE,
  onPlaying,
}: TimelineProps) {
  const [playing, setPlaying] = useState(false)
  const [announced, announce] = useState('')
  const hintId = useId()
  const latest = useRef(onYear)
  latest.current = onYear
  // Whether the gesture under way (a play, a drag) has made its history entry yet.
  const entered = useRef(false)
  const dragging = useRef(false)
  const steppedAt = useRef(0)
  // Where the timeline stood on screen when it changed the year: a chart that grows or shrinks
  // with the year (a ranking of 25 markets, then 33) must not carry the buttons away from the
  // pointer, so the page scrolls by as much as the timeline moved.
  const self = useRef<HTMLDivElement>(null)
  const stoodAt = useRef<number | undefined>(undefined)
  useLayoutEffect(() => {
    void year
    const was = stoodAt.current
    stoodAt.current = undefined
    // Only after a step of the reader's: measuring on mount would force the page's layout inside
    // its first commit.
    if (was === undefined) return
    // Read in the frame, before it is painted, not here: a layout forced inside the commit is done
    // again once the chart's second pass and the motion have changed the page (a step's layout,
    // twice). The motion's own reads in that frame then find the layout done.
    const frame = requestAnimationFrame(() => {
      const now = self.current?.getBoundingClientRect().top
      if (now !== undefined && Math.abs(now - was) > 1)
        window.scrollBy({ top: now - was, behavior: 'instant' })
    })
    return () => cancelAnimationFrame(frame)
  }, [year])
  const index = Math.max(0, years.indexOf(year))
  const last = years.length - 1

  const go = (next: number, gesture: boolean, say: boolean) => {
    const replace = gesture && entered.current
    stoodAt.current = self.current?.getBoundingClientRect().top
    // A year holds a full second from when it is drawn, not from when it was asked for.
    const change = () => {
      steppedAt.current = performance.now()
      latest.current(next, { replace })
      // And from when it is painted: a slow draw (a loaded phone) does not cut its second short.
      requestAnimationFrame(() => {
        steppedAt.current = performance.now()
      })
    }
    if (motion) motion.moveMarks(scope.current, change)
    else
      Promise.race([loadMotion(), new Promise((r) => setTimeout(r, WAIT_FOR_MOTION_MS))]).then(
        () => (motion ? motion.moveMarks(scope.current, change) : change()),
      )
    entered.current = gesture
    if (say) announce(yearText(next, sparse))
  }

  // Read by the play's timer, which may fire before a stop has rendered.
  const playingNow = useRef(false)
  const stop = () => {
    playingNow.current = false
    setPlaying(false)
    onPlaying?.(null)
    entered.current = false
  }
  const latestStop = useRef(stop)
  latestStop.current = stop
  // Back or Forward during a play ends it: its next step would replace the entry the reader went
  // back to (2019 becoming 2026).
  useEffect(() => {
    if (!playing) return
    const onHistory = () => latestStop.current()
    window.addEventListener('popstate', onHistory)
    return () => window.removeEventListener('popstate', onHistory)
  }, [playing])

  const play = () => {
    if (playing) {
      stop()
      return
    }
    entered.current = false
    steppedAt.current = performance.now()
    // Before the first step, which may draw its year within itself (a year is drawn at once):
    // that render must already be the play's, holding the heights and the table, or it lets the
    // page shrink to the first year's.
    holdHeights()
    onPlaying?.(year)
    playingNow.current = true
    setPlaying(true)
    // On the last year, or with only years of few figures ahead, the story starts from the first.
    if (years.slice(index + 1).every((y) => sparse.has(y))) go(years[0] as number, true, true)
  }

  // While playing, and after, until the reader moves the year or the view changes its years,
  // what can shrink with a year keeps the tallest height it has had: the page does not shrink
  // under the pointer, nor scroll.
  const heldFor = useRef<readonly number[] | null>(null)
  const movedByReader = useRef(false)
  // The chart's title and description above the timeline (a shorter one would carry the buttons
  // up) and the whole body (the table after it).
  const heldElements = () =>
    [
      self.current?.closest('.chart-frame')?.querySelector<HTMLElement>('.chart-frame__header'),
      self.current?.closest<HTMLElement>('.view-body'),
    ].filter((e): e is HTMLElement => e != null)
  const holdHeights = () => {
    for (const element of heldElements()) {
      const tallest = Math.max(
        element.getBoundingClientRect().height,
        Number.parseFloat(element.style.minHeight) || 0,
      )
      element.style.minHeight = `${tallest}px`
    }
  }
  useLayoutEffect(() => {
    if (playing) {
      heldFor.current = years
      movedByReader.current = false
    } else if (movedByReader.current || heldFor.current !== years) {
      heldFor.current = null
      for (const element of heldElements()) element.style.minHeight = ''
      return
    }
    if (heldFor.current !== null) holdHeights()
  })

  // Runs after every render while playing: a render between two steps (the table catching up)
  // must not push the next step back, so the wait counts from the last step.
  useEffect(() => {
    if (!playing) return
    const left = () => STEP_MS - (performance.now() - steppedAt.current)
    let timer = setTimeout(
      function tick() {
        if (!playingNow.current) return
        if (left() > 1) {
          timer = setTimeout(tick, left())
          return
        }
        const next = years[index + 1]
        if (next === undefined) {
          stop()
          return
        }
        go(next, true, true)
        if (index + 1 >= last) stop()
      },
      Math.max(0, left()),
    )
    return () => clearTimeout(timer)
  })

  const step = (by: number) => {
    stop()
    movedByReader.current = true
    const next = years[index + by]
    if (next !== undefined) go(next, false, true)
  }

  if (years.length < 2) return null
  return (
    // biome-ignore lint/a11y/useSemanticElements: a set of controls, not form fields to submit
    <div
      ref={self}
      className="timeline"
      role="group"
      aria-label={t('timeline.label')}
      onPointerEnter={loadMotion}
      onFocus={loadMotion}
    >
      <button type="button" className="timeline__play" onClick={play} aria-describedby={hintId}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
        {playing ? t('timeline.pause') : t('timeline.play')}
      </button>
      <button
        type="button"
        className="timeline__step"
        aria-label={t('timeline.previous')}
        aria-disabled={index === 0}
        onClick={() => step(-1)}
      >
        ‹
      </button>
      <div className="timeline__track">
        {events.size > 0 ? (
          <div className="timeline__events" aria-hidden="true">
            {years.map((y, i) =>
              events.has(y) ? (
                <span
                  key={y}
                  className="timeline__event"
                  data-year={y}
                  style={{ left: `${last > 0 ? (i / last) * 100 : 0}%` }}
                />
              ) : null,
            )}
          </div>
        ) : null}
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          aria-label={t('timeline.year')}
          aria-valuetext={yearText(year, sparse)}
          aria-describedby={hintId}
          onPointerDown={() => {
            stop()
            dragging.current = true
          }}
          onPointerUp={() => {
            dragging.current = false
            entered.current = false
          }}
          onKeyDown={(event) => {
            if (event.key === ' ') {
              event.preventDefault()
              play()
            } else if (/^(Arrow|Home|End|Page)/.test(event.key)) stop()
          }}
          onChange={(event) => {
            const next = years[Number(event.target.value)]
            // A drag is one gesture (pointer down to up); a key press is one step.
            movedByReader.current = true
            if (next !== undefined) go(next, dragging.current, false)
          }}
        />
        <div className="timeline__years" aria-hidden="true">
          {years.map((y, i) => {
            const ends = i === 0 || i === last
            if (years.length > ALL_LABELS && !ends) return null
            // Every other label is left out where the track is narrow (a phone).
            const minor = !ends && i % 2 === 1 && y !== year ? ' timeline__year--minor' : ''
            const current = y === year ? ' timeline__year--current' : ''
            const few = sparse.has(y) ? ' timeline__year--sparse' : ''
            return (
              <span
                key={y}
                className={`timeline__year${current}${minor}${few}`}
                title={few ? yearText(y, sparse) : undefined}
              >
                {y}
              </span>
            )
          })}
        </div>
      </div>
      <button
        type="button"
        className="timeline__step"
        aria-label={t('timeline.next')}
        aria-disabled={index >= last}
        onClick={() => step(1)}
      >
        ›
      </button>
      {/* Said by the slider and the status line: not read a third time. */}
      <span
        className={`timeline__current${sparse.has(year) ? ' timeline__year--sparse' : ''}`}
        aria-hidden="true"
      >
        {year}
      </span>
      {sparse.size > 0 ? (
        <p className="timeline__key" aria-hidden="true">
          {t('timeline.sparseKey')}
        </p>
      ) : null}
      <span id={hintId} hidden>
        {t('timeline.keys')}
      </span>
      <span className="visually-hidden" role="status">
        {announced}
      </span>
    </div>
  )
}

/** The year as read out, with a word where few markets have a figure. */
function yearText(year: number, sparse: ReadonlyMap<number, number>): string {
  const count = sparse.get(year)
  return count === undefined
    ? String(year)
    : tn('timeline.sparseYear', count, { year: String(year) })
}
