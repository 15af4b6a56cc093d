/**
 * The spec with what it makes on export made: its events (loadEvents), its slide's chart
 * (loadDeck). With the export code, not the chart's: the first view does not carry it.
 */
import type { ExportSpec } from '../charts/exportSpec'
import { xmlSafeData } from '../lib/xmlText'

export async function madeOnExport(spec: ExportSpec): Promise<ExportSpec> {
  const [events, deck] = await Promise.all([
    spec.events ?? spec.loadEvents?.(),
    spec.deck ?? spec.loadDeck?.(),
  ])
  // Every file written from it (SVG, PNG, CSV, workbook, slides) holds only text XML can hold.
  return xmlSafeData({ ...spec, events, deck })
}
