/** The Download menu of every chart; its panel (and the export code) load on first use. */

import type { DownloadMenuProps } from '../charts/chartContext'
import { t, withExportWords } from '../i18n/locale'
import { lazyComponent } from '../lib/lazyComponent'
import { LazyDetails } from './LazyDetails'

const exportPanel = lazyComponent(() =>
  withExportWords(import('../export/ExportPanel')).then((m) => m.ExportPanel),
)

export function ExportMenu(props: DownloadMenuProps) {
  return (
    <LazyDetails
      className="export-menu"
      summary={<span className="export-menu__toggle">{t('export.download')}</span>}
      panel={exportPanel}
      panelProps={props}
    />
  )
}
