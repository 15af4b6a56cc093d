/** Title, subtitle, chart, source line and text summary: the frame every chart is read in. */
import { type ReactNode, useId } from 'react'
import { useDocumentTitle } from '../lib/useDocumentTitle'
import type { ChartText } from './chartText'

export function ChartFrame({
  text,
  children,
  footer,
}: {
  text: ChartText
  children: ReactNode
  footer?: ReactNode
}) {
  useDocumentTitle(text.title)
  const titleId = useId()
  const summaryId = useId()
  return (
    <figure className="chart-frame" aria-labelledby={titleId} aria-describedby={summaryId}>
      <header className="chart-frame__header">
        <h2 id={titleId} className="chart-frame__title">
          {text.title}
        </h2>
        <p className="chart-frame__subtitle">{text.subtitle}</p>
      </header>
      {children}
      <figcaption className="chart-frame__caption">
        <p className="chart-frame__summary" id={summaryId}>
          {text.summary}
        </p>
        {text.missingLine ? <p className="chart-frame__missing">{text.missingLine}</p> : null}
        {footer}
        <p className="chart-frame__source">{text.sourceLine}</p>
      </figcaption>
    </figure>
  )
}
