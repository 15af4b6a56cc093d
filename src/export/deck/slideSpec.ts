/**
 * What one slide says, from a chart's export spec: its words, its chart as values (or a picture
 * where the view is not a bar or line chart), and the speaker notes that list every figure drawn
 * with its source. Pure: the deck's writer (writeDeck.ts) only lays it out.
 */
import type {
  DeckChart,
  ExportEvents,
  ExportRow,
  ExportSpec,
  LegendEntry,
} from '../../charts/exportSpec'
import { basisLabel, formatFigure, scopeLabel } from '../../charts/format'
import { scopeOf } from '../../data/scopes'
import { t } from '../../i18n/locale'

export type SlideSpec = {
  title: string
  subtitle: string
  /** The chart as values, or null: the slide shows a picture of the view's chart. */
  chart: DeckChart | null
  legend: LegendEntry[]
  /** What the marks mean ("~ about · > at least"). */
  note?: string
  sourceLine: string
  /** The view, its dataset versions pinned (ds=). */
  link: string
  notes: string
}

export function slideSpec(spec: ExportSpec, link: string): SlideSpec {
  return {
    title: spec.text.title,
    subtitle: spec.text.subtitle,
    chart: spec.deck && spec.deck.series.length > 0 ? spec.deck : null,
    legend: spec.legend,
    ...(spec.note ? { note: spec.note } : {}),
    sourceLine: [spec.text.sourceLine, spec.text.missingLine].filter(Boolean).join(' '),
    link,
    notes: figureNotes(spec.rows, link, spec.events),
  }
}

/** One line per figure drawn: market, figure, period, publisher, report, address, what it counts, caveat. */
export function figureNotes(rows: ExportRow[], link: string, events?: ExportEvents): string {
  const lines = rows
    .filter((r) => r.drawn)
    .map((r) => {
      const o = r.observation
      const line = t('deck.figureLine', {
        market: r.group ? `${r.marketName} (${r.group})` : r.marketName,
        figure: formatFigure(o),
        period: o.period,
        publisher: r.source.publisher,
        report: r.source.title,
        url: r.source.url,
        counts: `${basisLabel(o.basis)}, ${scopeLabel(scopeOf(o))}`,
      })
      return o.note ? `${line} ${t('deck.caveat', { note: o.note })}` : line
    })
  // The events the chart marks, numbered as in its key, each with its address.
  const marked = (events?.spots ?? []).flatMap((spot, i) =>
    spot.lines.map((line, k) => `${k === 0 ? `${i + 1}.` : '  '} ${line}`),
  )
  const addresses = (events?.events ?? []).map((e) => `• ${e.title}: ${e.url}`)
  return [
    t('deck.notesHeading'),
    ...lines.map((l) => `• ${l}`),
    ...(marked.length > 0 ? ['', t('events.key'), ...marked, ...addresses] : []),
    '',
    t('deck.viewLink', { link }),
  ]
    .join('\n')
    .trim()
}
