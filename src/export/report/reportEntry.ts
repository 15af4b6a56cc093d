/**
 * A view as a report's entry: its slide, its picture where it is not bars or lines, its framed
 * SVG, its CSV and the sources it cites. What "Add to report" keeps, and what a report frame
 * gives back when the entry is drawn again from its link.
 */
import type { ExportSpec } from '../../charts/exportSpec'
import { t } from '../../i18n/locale'
import { slidePicture } from '../deck/slidePicture'
import { slideSpec } from '../deck/slideSpec'
import { exportCsv } from '../exportCsv'
import { type SnapshotMeta, snapshotSvg } from '../snapshotSvg'
import type { ReportEntry } from './reportStore'

export type DrawnEntry = Omit<ReportEntry, 'id' | 'order' | 'added'>

/** `spec` as madeOnExport leaves it. */
export async function reportEntryOf(
  chart: SVGSVGElement | null,
  spec: ExportSpec,
  meta: SnapshotMeta,
): Promise<DrawnEntry> {
  if (!chart) throw new Error(t('export.noChart'))
  const slide = slideSpec(spec, meta.link)
  const picture = slide.chart ? undefined : await slidePicture(chart, spec, meta)
  const snapshot = await snapshotSvg(chart, spec, meta)
  const sources = new Map(spec.rows.map((r) => [r.source.url, r.source]))
  return {
    title: slide.title,
    view: new URL(meta.link).searchParams.get('view') ?? 'compare',
    slide,
    ...(picture ? { picture } : {}),
    svg: snapshot.svg,
    width: snapshot.width,
    height: snapshot.height,
    csv: exportCsv(spec.rows, 'standard', spec.events?.events),
    sources: [...sources.values()].map((s) => ({
      publisher: s.publisher,
      title: s.title,
      url: s.url,
    })),
  }
}
