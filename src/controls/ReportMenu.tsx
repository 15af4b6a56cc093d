/** The Report menu beside "Your data": its panel (and the report's code) load on first use. */
import { t, withExportWords } from '../i18n/locale'
import { lazyComponent } from '../lib/lazyComponent'
import { LazyDetails } from './LazyDetails'

const reportPanel = lazyComponent(() =>
  withExportWords(import('../export/report/ReportPanel')).then((m) => m.ReportPanel),
)

export function ReportMenu() {
  return (
    <LazyDetails
      className="report-menu"
      summary={t('report.summary')}
      panel={reportPanel}
      panelProps={{}}
    />
  )
}
