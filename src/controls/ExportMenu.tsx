/** The Download menu of every chart; its panel (and the export code) load on first use. */

import { useEffect } from 'react'
import { type DownloadMenuProps, useChartContext } from '../charts/chartContext'
import { chartSurface, exportMeta } from '../charts/chartSurface'
import { t, withExportWords } from '../i18n/locale'
import { lazyComponent } from '../lib/lazyComponent'
import { inReportFrame } from '../lib/reportFrame'
import { LazyDetails } from './LazyDetails'

const exportPanel = lazyComponent(() =>
  withExportWords(import('../export/ExportPanel')).then((m) => m.ExportPanel),
)

export function ExportMenu(props: DownloadMenuProps) {
  useReportFrameEntry(props)
  return (
    <LazyDetails
      className="export-menu"
      summary={<span className="export-menu__toggle">{t('export.download')}</span>}
      panel={exportPanel}
      panelProps={props}
    />
  )
}

/** In a report's hidden frame (redrawEntries), the chart's entry as "Add to report" makes it. */
function useReportFrameEntry({ spec, frame }: DownloadMenuProps) {
  const { shareLink } = useChartContext()
  useEffect(() => {
    if (!inReportFrame()) return
    window.reportEntry = async () => {
      const [{ madeOnExport }, { reportEntryOf }] = await withExportWords(
        Promise.all([import('../export/madeOnExport'), import('../export/report/reportEntry')]),
      )
      return reportEntryOf(
        chartSurface(frame.current),
        await madeOnExport(spec),
        exportMeta(shareLink()),
      )
    }
    return () => {
      window.reportEntry = undefined
    }
  }, [spec, frame, shareLink])
}
