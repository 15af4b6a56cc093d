/** The Download menu of every chart; its panel (and the export code) load on first use. */
import { lazyComponent } from '../lib/lazyComponent'
import type { ExportPanelProps } from './ExportPanel'
import { LazyDetails } from './LazyDetails'

const exportPanel = lazyComponent(() => import('./ExportPanel').then((m) => m.ExportPanel))

export function ExportMenu(props: ExportPanelProps) {
  return (
    <LazyDetails
      className="export-menu"
      summary={<span className="export-menu__toggle">Download</span>}
      panel={exportPanel}
      panelProps={props}
    />
  )
}
