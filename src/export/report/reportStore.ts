/**
 * The reader's report: views put aside to become one deck, kept in this browser (IndexedDB, as
 * the reader's datasets are), never uploaded and never in the URL. Each entry holds the view as
 * it was added, its link pinned to the dataset versions it showed, so a report made today keeps
 * its numbers after a data release.
 */
import { idbStore } from '../../lib/idbStore'
import type { SlideSpec } from '../deck/slideSpec'
import type { SlidePicture } from '../deck/writeDeck'

export type ReportSource = { publisher: string; title: string; url: string }

export type ReportEntry = {
  id: string
  /** Its place in the report (ascending). */
  order: number
  /** The slide's title; the reader may change it. */
  title: string
  view: string
  slide: SlideSpec
  picture?: SlidePicture
  /** The framed chart (as Download → SVG gives it), its size, and the rows behind it as CSV. */
  svg: string
  width: number
  height: number
  csv: string
  sources: ReportSource[]
  added: string
}

const store = idbStore<ReportEntry>('megawatt-atlas-report', 'entries')
const CHANGED = 'megawatt-atlas:report'

// One change at a time, in the order asked: two quick clicks on "up" move an entry two places,
// each reading the order the one before it left.
let queue: Promise<unknown> = Promise.resolve()
function inTurn<T>(change: () => Promise<T>): Promise<T> {
  const next = queue.then(change, change)
  queue = next.catch(() => undefined)
  return next.finally(changed)
}

/** The entries in the reader's order. */
export async function reportEntries(): Promise<ReportEntry[]> {
  return (await store.all()).map((e) => e.value).sort((a, b) => a.order - b.order)
}

/** Adds an entry at the end; resolves to how many the report then holds. */
export function addEntry(entry: Omit<ReportEntry, 'id' | 'order'>): Promise<number> {
  return inTurn(async () => {
    const entries = await reportEntries()
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
    await store.put(id, { ...entry, id, order: (entries.at(-1)?.order ?? 0) + 1 })
    return entries.length + 1
  })
}

/** Gives an entry a new title. */
export function retitleEntry(id: string, title: string): Promise<void> {
  return inTurn(async () => {
    const entry = (await reportEntries()).find((e) => e.id === id)
    if (entry) await store.put(id, { ...entry, title })
  })
}

export function removeEntry(id: string): Promise<void> {
  return inTurn(() => store.remove(id))
}

/** Moves an entry one place up (-1) or down (+1). */
export function moveEntry(id: string, step: -1 | 1): Promise<void> {
  return inTurn(async () => {
    const entries = await reportEntries()
    const at = entries.findIndex((e) => e.id === id)
    const other = entries[at + step]
    const entry = entries[at]
    if (!entry || !other) return
    await store.put(entry.id, { ...entry, order: other.order })
    await store.put(other.id, { ...other, order: entry.order })
  })
}

function changed(): void {
  window.dispatchEvent(new Event(CHANGED))
}

/** Calls `listener` whenever the report changes; returns the unsubscribe. */
export function onReportChange(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener)
  return () => window.removeEventListener(CHANGED, listener)
}

/** Every source the entries cite, once each, in alphabetical order of publisher then title. */
export function citedSources(
  entries: Pick<ReportEntry, 'sources'>[],
  compare: (a: string, b: string) => number,
): ReportSource[] {
  const seen = new Map<string, ReportSource>()
  for (const entry of entries)
    for (const s of entry.sources) seen.set(s.url || `${s.publisher}|${s.title}`, s)
  return [...seen.values()].sort(
    (a, b) => compare(a.publisher, b.publisher) || compare(a.title, b.title),
  )
}
