/**
 * The views as tabs: arrow keys move between them, as a tab list should. A tab answers at once;
 * the view it opens is drawn in a transition, in slices a phone's next tap can cut into (drawn in
 * one task, a view held a phone's CPU for a quarter of a second after the tap).
 */
import { useEffect, useOptimistic, useRef, useTransition } from 'react'
import { t } from '../i18n/locale'
import type { View } from '../view/viewState'

export function ViewTabs({
  tabs,
  view,
  onChange,
  onIntent,
}: {
  /** In order, the landing view first (the view registry). */
  tabs: readonly View[]
  view: View
  onChange: (view: View) => void
  /**
   * A pointer over a tab or focus on it: its view's code starts loading (an address loads only
   * its own view's), so the click rarely waits for it.
   */
  onIntent?: (view: View) => void
}) {
  const order = tabs
  const [chosen, showChosen] = useOptimistic(view)
  const [pending, startTransition] = useTransition()
  const choose = (next: View) =>
    startTransition(() => {
      showChosen(next)
      onChange(next)
    })
  const refs = useRef(new Map<View, HTMLButtonElement>())
  const list = useRef<HTMLDivElement>(null)
  // On a phone the tab bar scrolls sideways: the selected tab is brought into it, on load and on
  // change, moving only the bar (scrollIntoView could move the page too).
  useEffect(() => {
    const bar = list.current
    const tab = refs.current.get(chosen)
    if (!bar || !tab) return
    const b = bar.getBoundingClientRect()
    const r = tab.getBoundingClientRect()
    // Clear of the bar's faded right edge (app.css, 40 px on a phone).
    if (r.left < b.left) bar.scrollLeft += r.left - b.left - 8
    else if (r.right > b.right - 48) bar.scrollLeft += r.right - b.right + 48
  }, [chosen])
  const move = (from: View, step: number) => {
    const next = order[(order.indexOf(from) + step + order.length) % order.length] as View
    choose(next)
    refs.current.get(next)?.focus()
  }
  return (
    <div
      className="view-tabs"
      role="tablist"
      aria-label={t('views.aria')}
      aria-busy={pending}
      ref={list}
    >
      {tabs.map((v) => (
        <button
          key={v}
          ref={(el) => {
            if (el) refs.current.set(v, el)
          }}
          type="button"
          role="tab"
          id={`tab-${v}`}
          aria-selected={v === chosen}
          aria-controls="view-panel"
          tabIndex={v === chosen ? 0 : -1}
          className="view-tab"
          onClick={() => choose(v)}
          onPointerEnter={() => onIntent?.(v)}
          onFocus={() => onIntent?.(v)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(v, 1)
            else if (e.key === 'ArrowLeft') move(v, -1)
            else if (e.key === 'Home') move(order[0] as View, 0)
            else if (e.key === 'End') move(order.at(-1) as View, 0)
          }}
        >
          {t(`view.${v}`)}
        </button>
      ))}
    </div>
  )
}
