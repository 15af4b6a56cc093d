/** A view's parts in their places; embedded (embed=1), only the chart in its frame. */
import type { ReactNode } from 'react'
import { t } from '../i18n/locale'

export function ViewLayout({
  embed,
  controls,
  before,
  chart,
  after,
}: {
  embed: boolean
  controls: ReactNode
  before?: ReactNode
  chart: ReactNode
  after?: ReactNode
}) {
  if (embed) return <div className="embed-view">{chart}</div>
  return (
    <>
      <fieldset className="controls">
        <legend className="visually-hidden">{t('controls.legend')}</legend>
        {controls}
      </fieldset>
      {before}
      {chart}
      {after}
    </>
  )
}
