/**
 * Every figure for one market, metric and year, the drawn one marked, each with its quote,
 * definition and link: where the spread between sources becomes visible.
 */
import { useEffect, useRef } from 'react'
import type { Observation, Source } from '../data/schema'
import { scopeOf } from '../data/scopes'
import type { FigureRow } from '../data/select/figureRow'
import { t, tn } from '../i18n/locale'
import type { DisplayUnit } from '../view/viewState'
import { CaveatLine } from './FigureCaveat'
import { basisLabel, formatFigure, scopeLabel } from './format'

export function SourceDetails({
  row,
  rule,
  ruleLine = t('details.rule', { rule }),
  unit = 'mw',
  onClose,
}: {
  row: FigureRow
  rule: string
  /** What the chart draws, in words ("The bar shows …"); a grid says "The cell shows …". */
  ruleLine?: string
  unit?: DisplayUnit
  onClose: () => void
}) {
  const panel = useRef<HTMLElement>(null)
  // What had focus when the panel opened (the chart whose cell, bar or circle was chosen): Escape
  // and Close give it back.
  const opener = useRef<Element | null>(null)
  const key = `${row.market.id}|${row.drawn.metric}|${row.drawn.year}`
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new market or year is a new opening
  useEffect(() => {
    const el = panel.current
    if (!el) return
    if (document.activeElement && !el.contains(document.activeElement))
      opener.current = document.activeElement
    // The panel may open far below the chart: it comes into view and takes focus.
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true
    el.scrollIntoView?.({ block: 'start', behavior: still ? 'auto' : 'smooth' })
    el.focus({ preventScroll: true })
  }, [key])
  const close = () => {
    onClose()
    const back = opener.current
    if (back instanceof HTMLElement || back instanceof SVGElement)
      back.focus({ preventScroll: true })
  }
  const figures: Array<{ observation: Observation; source: Source; drawn: boolean }> = [
    { observation: row.drawn, source: row.source, drawn: true },
    ...row.others.map((o) => ({ ...o, drawn: false })),
  ]
  return (
    <section
      ref={panel}
      className="source-details"
      aria-labelledby="source-details-title"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          close()
        }
      }}
    >
      <div className="source-details__head">
        <h3 id="source-details-title">
          {t('details.title', {
            market: row.market.name,
            figures: tn('count.figures', figures.length),
            year: String(row.drawn.year),
          })}
        </h3>
        <button type="button" className="button-quiet" onClick={close}>
          {t('details.close')}
        </button>
      </div>
      <p className="source-details__rule">{ruleLine}</p>
      <ul className="source-details__list">
        {figures.map(({ observation, source, drawn }) => (
          <li
            key={`${observation.source}-${observation.row ?? observation.asOf}-${observation.value}`}
            className={drawn ? 'is-drawn' : undefined}
          >
            <p className="source-details__figure">
              <strong>{formatFigure(observation, unit)}</strong> · {observation.period} ·{' '}
              {basisLabel(observation.basis)} · {scopeLabel(scopeOf(observation))}
              {drawn ? <span className="badge">{t('details.drawn')}</span> : null}
            </p>
            <p>
              {source.publisher}:{' '}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            </p>
            <blockquote>“{observation.quote}”</blockquote>
            {observation.definition ? (
              <p className="source-details__definition">{observation.definition}</p>
            ) : null}
            <CaveatLine observation={observation} />
          </li>
        ))}
      </ul>
    </section>
  )
}
