/**
 * The hover card of bar charts: follows the pointer over a bar, and the arrow keys through the
 * bars when the chart has focus. Recharts' Tooltip would bring its cursor, sector and
 * bounding-box code (~13 kB gzip) into the first view; a bar already knows what it shows, so a
 * positioned card is all the ranking and the landing's compare need, and the keyboard reaches
 * every bar, not only a mouse.
 */

import {
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import type { FigureRow } from '../data/select/figureRow'
import { withWords } from '../i18n/locale'
import { lazyComponent, useLazy } from '../lib/lazyComponent'
import type { DisplayUnit } from '../view/viewState'

/** `flip`: the point is in the chart's right half, so the card opens to its left. */
export type Hovered = {
  index: number
  at: { x: number; y: number }
  flip: boolean
  byKeyboard: boolean
}

const BAR = '.recharts-bar-rectangle'

/** The drawn bar at an index: by default the index-th bar of the chart. */
type Locate = (frame: HTMLElement, index: number) => Element | undefined
const nthBar: Locate = (frame, index) => frame.querySelectorAll(BAR)[index]

/**
 * Hover and keyboard state for a chart whose `count` bars are drawn in item order (or found by
 * `locate`, for a chart whose bars are stacked segments). `onChoose` is what a click or Enter
 * does with the bar at an index.
 */
export function useChartHover(
  count: number,
  onChoose: (index: number) => void,
  locate: Locate = nthBar,
) {
  const frame = useRef<HTMLDivElement>(null)
  const [hovered, setHovered] = useState<Hovered | null>(null)
  const choose = useRef(onChoose)
  choose.current = onChoose

  // Stable handlers: the chart around them can be memoised, so moving over the bars re-renders
  // only the card, not a few hundred bars.
  const { place, barProps } = useMemo(() => {
    const place = (index: number, clientX: number, clientY: number, byKeyboard: boolean) => {
      const box = frame.current?.getBoundingClientRect()
      if (!box) return
      const at = { x: clientX - box.left, y: clientY - box.top }
      setHovered({ index, at, flip: at.x > box.width / 2, byKeyboard })
    }
    const atPointer = (_: unknown, index: number, event: MouseEvent) =>
      place(index, event.clientX, event.clientY, false)
    return {
      place,
      /** Handlers for a Recharts <Bar>: (entry, index, event). */
      barProps: {
        onMouseEnter: atPointer,
        onMouseMove: atPointer,
        onMouseLeave: () => setHovered(null),
        onClick: (_: unknown, index: number) => choose.current(index),
      },
    }
  }, [])

  // A key pressed before its bar is drawn (a chart draws its bars a task or two after its
  // frame, and a reader can be faster): the bar it asked for, read once the bar is there.
  const [waiting, setWaiting] = useState<number | null>(null)
  const focusBar = (index: number) => {
    const bar = frame.current && locate(frame.current, index)
    if (!bar) {
      setWaiting(index)
      return
    }
    setWaiting(null)
    const box = bar.getBoundingClientRect()
    place(index, box.right, box.top + box.height / 2, true)
  }
  const focusWaiting = useRef(focusBar)
  focusWaiting.current = focusBar
  // The bars come with a render of the chart's own layers (Recharts draws them from its store),
  // not always with one of this hook's: watched in the frame's DOM while a key waits.
  useEffect(() => {
    const at = frame.current
    if (waiting === null || !at) return
    const arrived = () => {
      if (!locate(at, waiting)) return false
      focusWaiting.current(waiting)
      return true
    }
    if (arrived()) return
    const watch = new MutationObserver(() => {
      if (arrived()) watch.disconnect()
    })
    watch.observe(at, { childList: true, subtree: true })
    return () => watch.disconnect()
  }, [waiting, locate])
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = hovered?.index ?? waiting ?? -1
    const next: Record<string, number> = {
      ArrowDown: Math.min(count - 1, current + 1),
      ArrowRight: Math.min(count - 1, current + 1),
      ArrowUp: Math.max(0, current - 1),
      ArrowLeft: Math.max(0, current - 1),
      Home: 0,
      End: count - 1,
    }
    if (event.key in next && count > 0) {
      event.preventDefault()
      focusBar(next[event.key] as number)
    } else if ((event.key === 'Enter' || event.key === ' ') && hovered) {
      event.preventDefault()
      choose.current(hovered.index)
    } else if (event.key === 'Escape') {
      setWaiting(null)
      setHovered(null)
    }
  }

  return {
    hovered: hovered && hovered.index < count ? hovered : null,
    /** Props for the element around the chart. */
    frameProps: {
      ref: frame as RefObject<HTMLDivElement>,
      tabIndex: 0,
      onKeyDown,
      onBlur: () => {
        setWaiting(null)
        setHovered((h) => (h?.byKeyboard ? null : h))
      },
    },
    barProps,
  }
}

/**
 * The card beside the pointer or the focused bar. The live region stays mounted so a screen
 * reader hears each bar the arrow keys reach.
 */
export function HoverCard({ hovered, children }: { hovered: Hovered | null; children: ReactNode }) {
  return (
    <div className="hover-card-region" role="status">
      {hovered ? (
        <div
          className="hover-card"
          style={{
            left: hovered.at.x,
            top: hovered.at.y,
            transform: `translate(${hovered.flip ? 'calc(-100% - 14px)' : '14px'}, -50%)`,
          }}
        >
          {children}
        </div>
      ) : null}
    </div>
  )
}

// The card's content (the figure with its source) loads when a reader reaches for the chart
// (pointer or focus): most first visits never hover, and the landing and the ranking are drawn
// with this frame.
const figureTooltip = lazyComponent(() =>
  withWords(import('./FigureTooltip')).then((m) => m.FigureTooltipContent),
)
const preloadTooltip = () => void figureTooltip.preload().catch(() => undefined)

/**
 * A bar chart read with the pointer and the arrow keys: the frame around it (`name` is its
 * class and test id), and the card with the hovered bar's figure and source.
 */
export function FigureHoverFrame({
  name,
  label,
  frameProps,
  hovered,
  row,
  unit,
  note,
  children,
}: {
  name: string
  label: string
  frameProps: ReturnType<typeof useChartHover>['frameProps']
  hovered: Hovered | null
  row: FigureRow | undefined
  unit: DisplayUnit
  /** A line under the figure (the pipeline's stage). */
  note?: string
  children: ReactNode
}) {
  const { component: Content } = useLazy(figureTooltip, row !== undefined)
  return (
    // biome-ignore lint/a11y/useSemanticElements: a chart read with the arrow keys, not a set of form fields
    <div
      className={name}
      data-testid={name}
      role="group"
      aria-label={label}
      {...frameProps}
      onPointerEnter={preloadTooltip}
      onFocus={preloadTooltip}
    >
      {children}
      <HoverCard hovered={hovered}>
        {row && Content ? <Content row={row} unit={unit} note={note} /> : null}
      </HoverCard>
    </div>
  )
}
