/**
 * The exports, loaded only when a user asks for one (the menu imports this module on click).
 * Each action builds its file from the chart's spec and saves or copies it.
 */

import type { ExportSpec } from '../charts/exportSpec'
import type { Dataset } from '../data/schema'
import { t, tn } from '../i18n/locale'
import { storeRefusal } from '../import/storeRefusal'
import { slugify } from '../lib/slug'
import { type CsvDialect, exportCsv } from './exportCsv'
import { madeOnExport } from './madeOnExport'
import type { AnimationSource } from './recordAnimation'
import { type SnapshotMeta, snapshotPng, snapshotSvg } from './snapshotSvg'

export type ExportAction =
  | { kind: 'png'; scale: 1 | 2 | 3 }
  | { kind: 'svg' }
  | { kind: 'copy-png' }
  | { kind: 'csv'; dialect: CsvDialect }
  | { kind: 'xlsx' }
  | { kind: 'json'; dataset: Dataset }
  | { kind: 'webm' }
  | { kind: 'pptx' }
  | { kind: 'report' }

export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Runs one export; resolves to a sentence saying what happened. */
export async function runExport(
  action: ExportAction,
  chart: SVGSVGElement | null,
  given: ExportSpec,
  meta: SnapshotMeta,
  animation?: AnimationSource,
): Promise<string> {
  const spec = await madeOnExport(given)
  const base = slugify(spec.text.title) || 'megawatt-atlas'
  switch (action.kind) {
    case 'webm': {
      if (!animation) throw new Error(t('export.noChart'))
      const { recordAnimation } = await import('./recordAnimation')
      const first = String(animation.years[0])
      const last = String(animation.years.at(-1))
      const { video, width, height, seconds } = await recordAnimation(animation)
      // The title names the year shown; the file, the years it plays.
      const name = `${slugify(spec.text.title.replaceAll(/\b\d{4}\b/g, '')) || 'megawatt-atlas'}-${first}-${last}.webm`
      save(video, name)
      return t('export.savedVideo', { file: name, seconds, width, height })
    }
    case 'csv': {
      const name = `${base}${action.dialect === 'excel-pt' ? '-excel' : ''}.csv`
      save(
        new Blob([exportCsv(spec.rows, action.dialect, spec.events?.events)], {
          type: 'text/csv;charset=utf-8',
        }),
        name,
      )
      return tn('export.savedCsv', spec.rows.length, { file: name })
    }
    case 'xlsx': {
      const { exportXlsx } = await import('./exportXlsx')
      const name = `${base}.xlsx`
      save(await exportXlsx(spec.rows, spec.events?.events), name)
      return tn('export.savedCsv', spec.rows.length, { file: name })
    }
    case 'json':
      save(
        new Blob([`${JSON.stringify(action.dataset, null, 2)}\n`], { type: 'application/json' }),
        `${action.dataset.id}@${action.dataset.version}.json`,
      )
      return t('export.saved', { file: `${action.dataset.id}@${action.dataset.version}.json` })
    case 'report': {
      const [{ reportEntryOf }, { addEntry }] = await Promise.all([
        import('./report/reportEntry'),
        import('./report/reportStore'),
      ])
      const entry = await reportEntryOf(chart, spec, meta)
      const count = await addEntry({ ...entry, added: new Date().toISOString() }).catch(
        (error: unknown) => {
          // Said added only once the browser has kept it.
          throw new Error(t('report.notKept', { reason: storeRefusal(error) }))
        },
      )
      return tn('export.addedToReport', count, { title: entry.title })
    }
    case 'pptx': {
      const [{ slideSpec }, { writeDeck }, { slidePicture }] = await Promise.all([
        import('./deck/slideSpec'),
        import('./deck/writeDeck'),
        import('./deck/slidePicture'),
      ])
      const slide = slideSpec(spec, meta.link)
      const picture = slide.chart ? undefined : await slidePicture(chart, spec, meta)
      const name = `${base}.pptx`
      save(await writeDeck([{ slide, ...(picture ? { picture } : {}) }]), name)
      return t('export.savedPptx', { file: name })
    }
    default: {
      if (!chart) throw new Error(t('export.noChart'))
      const snapshot = await snapshotSvg(chart, spec, meta)
      if (action.kind === 'svg') {
        save(new Blob([snapshot.svg], { type: 'image/svg+xml' }), `${base}.svg`)
        return t('export.saved', { file: `${base}.svg` })
      }
      if (action.kind === 'copy-png') {
        const png = await snapshotPng(snapshot, 2)
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })])
        return t('export.copied')
      }
      const png = await snapshotPng(snapshot, action.scale)
      const name = `${base}${action.scale > 1 ? `@${action.scale}x` : ''}.png`
      save(png, name)
      return t('export.savedPng', {
        file: name,
        width: snapshot.width * action.scale,
        height: snapshot.height * action.scale,
      })
    }
  }
}
