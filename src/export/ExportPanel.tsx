/**
 * The Download menu's panel: PNG at 1x/2x/3x, SVG, a PNG copied to the clipboard, the CSV of the
 * data behind the chart, and the datasets as JSON. The export code itself loads on first use.
 */
import { useContext, useRef, useState } from 'react'
import { type DownloadMenuProps, TimelineContext, useChartContext } from '../charts/chartContext'
import { chartSurface, exportMeta } from '../charts/chartSurface'
import { regionalName } from '../charts/format'
import { USER_DATASET_PREFIX } from '../data/userDataLimits'
import { currentLang, t } from '../i18n/locale'

export function ExportPanel({ spec, frame, images = true }: DownloadMenuProps) {
  const { datasets, shareLink } = useChartContext()
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const timeline = useContext(TimelineContext)
  // The recording reads each year's title, legend and link as the page draws them.
  const latest = useRef({ spec, shareLink })
  latest.current = { spec, shareLink }
  // The record behind the bundled data on screen, in the release it was pinned to.
  const releases = [
    ...new Set(datasets.filter((d) => !d.id.startsWith(USER_DATASET_PREFIX)).map((d) => d.version)),
  ]
  const chartSvg = () => chartSurface(frame.current)
  const meta = () => exportMeta(latest.current.shareLink())
  const run = async (action: import('./exportChart').ExportAction) => {
    setBusy(true)
    setStatus(t('export.preparing'))
    try {
      const { runExport } = await import('./exportChart')
      if (action.kind === 'webm') {
        if (!timeline) return
        const year = timeline.year
        setStatus(
          await runExport(action, null, spec, meta(), {
            years: timeline.years,
            show: timeline.show,
            restore: () => timeline.show(year),
            chart: chartSvg,
            snapshot: async () => {
              const { snapshotSvg } = await import('./snapshotSvg')
              const chart = chartSvg()
              if (!chart) throw new Error(t('export.noChart'))
              return snapshotSvg(chart, latest.current.spec, meta())
            },
            onProgress: setStatus,
          }),
        )
        return
      }
      setStatus(await runExport(action, chartSvg(), spec, meta()))
    } catch (error) {
      setStatus(
        t('export.failed', { message: error instanceof Error ? error.message : String(error) }),
      )
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="export-menu__panel">
      {images ? <p className="export-menu__group">{t('export.image')}</p> : null}
      <div className="export-menu__row" hidden={!images}>
        {([1, 2, 3] as const).map((scale) => (
          <button
            key={scale}
            type="button"
            disabled={busy}
            onClick={() => run({ kind: 'png', scale })}
          >
            PNG {scale}x
          </button>
        ))}
        <button type="button" disabled={busy} onClick={() => run({ kind: 'svg' })}>
          SVG
        </button>
        <button type="button" disabled={busy} onClick={() => run({ kind: 'copy-png' })}>
          {t('export.copyPng')}
        </button>
        {timeline ? (
          <button type="button" disabled={busy} onClick={() => run({ kind: 'webm' })}>
            {t('export.animation')}
          </button>
        ) : null}
      </div>
      <p className="export-menu__group">{t('export.data')}</p>
      <div className="export-menu__row">
        <button
          type="button"
          disabled={busy}
          onClick={() => run({ kind: 'csv', dialect: 'standard' })}
        >
          {t('export.csv')}
        </button>
        <button
          type="button"
          disabled={busy}
          title={t('export.xlsxHelp')}
          onClick={() => run({ kind: 'xlsx' })}
        >
          {t('export.xlsx')}
        </button>
        {/* A slide holds a chart: the table view (no chart) offers its data only. */}
        {images ? (
          <>
            <button
              type="button"
              disabled={busy}
              title={t('export.pptxHelp')}
              onClick={() => run({ kind: 'pptx' })}
            >
              {t('export.pptx')}
            </button>
            <button
              type="button"
              disabled={busy}
              title={t('export.addToReportHelp')}
              onClick={() => run({ kind: 'report' })}
            >
              {t('export.addToReport')}
            </button>
          </>
        ) : null}
        {/* Excel set to a decimal comma opens a comma-separated file as one column. */}
        {currentLang() === 'pt-BR' ? (
          <button
            type="button"
            disabled={busy}
            title={t('export.csvExcelHelp')}
            onClick={() => run({ kind: 'csv', dialect: 'excel-pt' })}
          >
            {t('export.csvExcel')}
          </button>
        ) : null}
        {datasets.map((dataset) => (
          <button
            key={dataset.id}
            type="button"
            disabled={busy}
            onClick={() => run({ kind: 'json', dataset })}
          >
            {t('export.json', {
              title: dataset.id.startsWith(USER_DATASET_PREFIX)
                ? dataset.title
                : regionalName(dataset.title),
            })}
          </button>
        ))}
      </div>
      {releases.length > 0 ? (
        <>
          <p className="export-menu__group">{t('export.release')}</p>
          {releases.map((version) => (
            <div className="export-menu__row export-menu__links" key={version}>
              <a href={`data/capacity-figures@${version}.csv`} download>
                {t('export.releaseCsv', { version })}
              </a>
              <a href="data/datapackage.json" download>
                datapackage.json
              </a>
              <a href="data/dataset@1.schema.json" download>
                {t('export.jsonSchema')}
              </a>
            </div>
          ))}
        </>
      ) : null}
      <p className="export-menu__status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
