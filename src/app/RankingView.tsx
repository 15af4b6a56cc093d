/** The ranking: controls, chart in its frame, the figures behind a clicked bar, and the table. */
import { useMemo, useState } from 'react'
import { ChartFrame } from '../charts/ChartFrame'
import { QUALIFIER_LEGEND, regionLabel } from '../charts/format'
import { regionColour } from '../charts/palette'
import { RankingChart } from '../charts/ranking/RankingChart'
import { marketsInView, rankingSeries } from '../charts/ranking/rankingSeries'
import { rankingText } from '../charts/ranking/rankingText'
import { SourceDetails } from '../charts/SourceDetails'
import { FiguresTable } from '../charts/table/FiguresTable'
import { FigureControls } from '../controls/FigureControls'
import { type MarketChoice, MarketPicker } from '../controls/MarketPicker'
import { type AtlasData, defaultYear } from '../data/atlasData'
import { describePickRule } from '../data/select/pickObservation'
import type { ViewState } from '../view/viewState'

export function RankingView({
  data,
  choices,
  state,
  update,
}: {
  data: AtlasData
  /** Every market of the catalog, loaded or not. */
  choices: MarketChoice[]
  state: ViewState
  update: (patch: Partial<ViewState>) => void
}) {
  const [selected, setSelected] = useState<string | null>(null)
  const markets = useMemo(() => marketsInView(data, state.markets), [data, state.markets])
  const year = state.year ?? defaultYear(data, state.metric)
  const series = useMemo(
    () =>
      year === undefined
        ? { rows: [], missing: markets }
        : rankingSeries(data, markets, state.metric, year, state.pick),
    [data, markets, state.metric, year, state.pick],
  )
  const publisherName =
    typeof state.pick === 'object' ? data.publishers.get(state.pick.publisher) : undefined
  const rule = describePickRule(state.pick, publisherName)
  const text =
    year === undefined
      ? undefined
      : rankingText(series, state.metric, year, state.pick, data.datasets, publisherName)
  const selectedRow = series.rows.find((r) => r.market.id === selected)
  const regions = [...new Set(series.rows.map((r) => r.market.region))]

  return (
    <>
      <fieldset className="controls">
        <legend className="visually-hidden">Chart settings</legend>
        <MarketPicker
          markets={choices}
          selected={state.markets}
          onChange={(ids) => update({ markets: ids })}
        />
        <FigureControls
          data={data}
          metric={state.metric}
          year={state.year}
          shownYear={year}
          pick={state.pick}
          onChange={(patch) => update(patch)}
        />
      </fieldset>
      {text === undefined || year === undefined ? (
        <p className="empty-state">No market in these datasets has a figure for this metric.</p>
      ) : (
        <ChartFrame
          text={text}
          footer={
            <p className="chart-frame__legend">
              {regions.map((region) => (
                <span key={region} className="legend-item">
                  <span
                    className="legend-swatch"
                    style={{ background: regionColour(region) }}
                    aria-hidden="true"
                  />
                  {regionLabel(region)}
                </span>
              ))}
              <span className="legend-item legend-item--marks">{QUALIFIER_LEGEND}</span>
            </p>
          }
        >
          {series.rows.length > 0 ? (
            <RankingChart rows={series.rows} selected={selected} onSelect={setSelected} />
          ) : (
            <EmptyYear data={data} state={state} year={year} onYear={(y) => update({ year: y })} />
          )}
        </ChartFrame>
      )}
      {selectedRow ? (
        <SourceDetails row={selectedRow} rule={rule} onClose={() => setSelected(null)} />
      ) : null}
      {text ? (
        <FiguresTable
          rows={series.rows}
          caption={`${text.title}: the figures drawn, with their sources`}
        />
      ) : null}
    </>
  )
}

function EmptyYear({
  data,
  state,
  year,
  onYear,
}: {
  data: AtlasData
  state: ViewState
  year: number
  onYear: (year: number) => void
}) {
  const years = data.yearsOf(state.metric).filter((y) => y.year !== year)
  const nearest = [...years]
    .sort((a, b) => Math.abs(a.year - year) - Math.abs(b.year - year))
    .slice(0, 3)
  return (
    <div className="empty-state" role="status">
      <p>None of the chosen markets has a sourced figure for this metric in {year}.</p>
      {nearest.length > 0 ? (
        <p>
          Years with figures:{' '}
          {nearest.map((y) => (
            <button
              key={y.year}
              type="button"
              className="button-quiet"
              onClick={() => onYear(y.year)}
            >
              {y.year} ({y.markets} markets)
            </button>
          ))}
        </p>
      ) : null}
    </div>
  )
}
