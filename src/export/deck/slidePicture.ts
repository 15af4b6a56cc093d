import type { ExportSpec } from '../../charts/exportSpec'
import { t } from '../../i18n/locale'
import { type SnapshotMeta, snapshotPng, snapshotSvg } from '../snapshotSvg'
import type { SlidePicture } from './writeDeck'

/** A view that is not bars or lines goes on its slide as a picture: the chart at 3x, no words. */
export async function slidePicture(
  chart: SVGSVGElement | null,
  spec: ExportSpec,
  meta: SnapshotMeta,
): Promise<SlidePicture> {
  if (!chart) throw new Error(t('export.noChart'))
  const snapshot = await snapshotSvg(chart, spec, meta, { picture: true })
  const png = await snapshotPng(snapshot, 3)
  const data = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(png)
  })
  return { data, width: snapshot.width, height: snapshot.height }
}
