/**
 * A view's parts in their places: its controls (from the URL keys it reads, plus any of its
 * own), what comes before the chart, the chart, and what follows. Embedded (embed=1), only the
 * chart in its frame.
 */
import type { ReactNode } from 'react'
import { FigureFilters, type FilterOptions } from '../controls/FigureFilters'
import { t } from '../i18n/locale'
import type { ViewProps } from './viewProps'

export function ViewLayout({
  page,
  filters = {},
  controls,
  before,
  chart,
  after,
}: {
  page: ViewProps
  filters?: FilterOptions
  /** The view's own controls, after the shared ones. */
  controls?: ReactNode
  before?: ReactNode
  chart: ReactNode
  after?: ReactNode
}) {
  if (page.embed) return <div className="embed-view">{chart}</div>
  return (
    <>
      <fieldset className="controls">
        <legend className="visually-hidden">{t('controls.legend')}</legend>
        <FigureFilters {...page} options={filters} />
        {controls}
      </fieldset>
      {before}
      {chart}
      {after}
    </>
  )
}
