/** Title, subtitle, chart, source line and text summary: the frame every chart is read in. */
import { type ReactNode, useContext, useId, useRef } from 'react'
import { t } from '../i18n/locale'
import { useDocumentTitle } from '../lib/useDocumentTitle'
import { UnderChart, useChartContext } from './chartContext'
import type { ExportSpec } from './exportSpec'

export function ChartFrame({
  spec,
  children,
  footer,
}: {
  spec: ExportSpec
  children: ReactNode
  footer?: ReactNode
}) {
  const { text } = spec
  const { embed, shareLink, DownloadMenu } = useChartContext()
  const underChart = useContext(UnderChart)
  useDocumentTitle(text.title)
  const frame = useRef<HTMLElement>(null)
  const titleId = useId()
  const summaryId = useId()
  return (
    <figure
      className="chart-frame"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      ref={frame}
    >
      <div className="chart-frame__header">
        <div>
          <h2 id={titleId} className="chart-frame__title">
            {text.title}
          </h2>
          <p className="chart-frame__subtitle">{text.subtitle}</p>
        </div>
        {embed || !DownloadMenu ? null : <DownloadMenu spec={spec} frame={frame} />}
      </div>
      {children}
      {underChart}
      <figcaption className="chart-frame__caption">
        <p className="chart-frame__summary" id={summaryId}>
          {text.summary}
        </p>
        {text.missingLine ? <p className="chart-frame__missing">{text.missingLine}</p> : null}
        {footer}
        <p className="chart-frame__source">{text.sourceLine}</p>
        {embed ? (
          <p className="chart-frame__open">
            <a href={shareLink()} target="_blank" rel="noopener noreferrer">
              {t('embed.open')}
            </a>
          </p>
        ) : null}
      </figcaption>
    </figure>
  )
}
