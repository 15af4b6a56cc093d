/**
 * A report as files: one deck (a cover, a slide per entry in the reader's order, a closing slide
 * citing every source once), or a ZIP of each entry's PNG, SVG and CSV. Loaded on the click.
 */
import JSZip from 'jszip'
import { formatDay, t } from '../../i18n/locale'
import { collate } from '../../lib/collate'
import { slugify } from '../../lib/slug'
import { writeDeck } from '../deck/writeDeck'
import { snapshotPng } from '../snapshotSvg'
import { citedSources, type ReportEntry } from './reportStore'

export { redrawEntries } from './redrawEntries'

export async function reportDeck(entries: ReportEntry[]): Promise<Blob> {
  const sources = citedSources(entries, collate).map(
    (s) => `${s.publisher}, “${s.title}”. ${s.url}`,
  )
  return writeDeck(
    entries.map((e) => ({
      slide: { ...e.slide, title: e.title },
      ...(e.picture ? { picture: e.picture } : {}),
    })),
    {
      cover: {
        title: t('report.coverTitle', { count: entries.length }),
        subtitle: t('report.coverDate', { date: formatDay(new Date().toISOString().slice(0, 10)) }),
      },
      closing: { title: t('report.sourcesTitle'), intro: t('report.sourcesIntro'), sources },
    },
  )
}

export async function reportZip(entries: ReportEntry[]): Promise<Blob> {
  const zip = new JSZip()
  for (const [i, entry] of entries.entries()) {
    const name = `${String(i + 1).padStart(2, '0')}-${slugify(entry.title) || entry.view}`
    zip.file(`${name}.svg`, entry.svg)
    zip.file(`${name}.csv`, entry.csv)
    zip.file(`${name}.png`, await snapshotPng(entry, 2))
  }
  return zip.generateAsync({ type: 'blob', mimeType: 'application/zip' })
}
