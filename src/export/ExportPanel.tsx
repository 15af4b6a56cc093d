/**
 * The Download menu's panel: PNG at 1x/2x/3x, SVG, a PNG copied to the clipboard, the CSV of the
 * data behind the chart, and the datasets as JSON. The export code itself loads on first use.
 */
import { useState } from 'react'
import { type DownloadMenuProps, useChartContext } from '../charts/chartContext'
import { USER_DATASET_PREFIX } from '../data/userDataLimits'
import { formatDay, t } from '../i18n/locale'

export function ExportPanel({ spec, frame, images = true }: DownloadMenuProps) {
  const { datasets, shareLink } = useChartContext()
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  // The record behind the bundled data on screen, in the release it was pinned to.
  const releases = [
    ...new Set(datasets.filter((d) => !d.id.startsWith(USER_DATASET_PREFIX)).map((d) => d.version)),
  ]
  const run = async (action: import('./exportChart').ExportAction) => {
    setBusy(true)
    setStatus(t('export.preparing'))
    try {
      const { runExport } = await import('./exportChart')
      const chart =
        frame.current?.querySelector<SVGSVGElement>('svg.recharts-surface, svg.chart-surface') ??
        null
      const meta = {
        exportedOn: formatDay(new Date().toISOString().slice(0, 10)),
        link: shareLink(),
      }
      setStatus(await runExport(action, chart, spec, meta))
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
      </div>
      <p className="export-menu__group">{t('export.data')}</p>
      <div className="export-menu__row">
        <button type="button" disabled={busy} onClick={() => run({ kind: 'csv' })}>
          {t('export.csv')}
        </button>
        {datasets.map((dataset) => (
          <button
            key={dataset.id}
            type="button"
            disabled={busy}
            onClick={() => run({ kind: 'json', dataset })}
          >
            {t('export.json', { title: dataset.title })}
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
