/** The controls most views share: markets, metric, year, pick rule, unit and scale. */
import type { AtlasData } from '../data/atlasData'
import type { ViewState } from '../view/viewState'
import { type MarketChoice, MarketPicker } from './MarketPicker'
import { MetricSelect, PickSelect, ScaleSwitch, UnitSwitch, YearSelect } from './ViewControls'

export function FigureFilters({
  data,
  choices,
  state,
  update,
  shownYear,
  year = true,
  scale = true,
}: {
  data: AtlasData
  choices: MarketChoice[]
  state: ViewState
  update: (patch: Partial<ViewState>) => void
  /** The year drawn when the link names none. */
  shownYear: number | undefined
  /** False where the view draws every year (coverage). */
  year?: boolean
  /** False where the view has no value axis to scale (the table). */
  scale?: boolean
}) {
  return (
    <>
      <MarketPicker
        markets={choices}
        selected={state.markets}
        onChange={(ids) => update({ markets: ids })}
      />
      <MetricSelect value={state.metric} onChange={(metric) => update({ metric })} />
      {year ? (
        <YearSelect
          data={data}
          metric={state.metric}
          year={state.year}
          shownYear={shownYear}
          onChange={(y) => update({ year: y })}
        />
      ) : null}
      <PickSelect data={data} pick={state.pick} onChange={(pick) => update({ pick })} />
      <UnitSwitch value={state.unit} onChange={(unit) => update({ unit })} />
      {scale ? <ScaleSwitch value={state.scale} onChange={(s) => update({ scale: s })} /> : null}
    </>
  )
}
