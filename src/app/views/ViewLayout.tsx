/** A view's parts in their places; embedded (embed=1), only the chart in its frame. */
import type { ReactNode } from 'react'

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
        <legend className="visually-hidden">Chart settings</legend>
        {controls}
      </fieldset>
      {before}
      {chart}
      {after}
    </>
  )
}
