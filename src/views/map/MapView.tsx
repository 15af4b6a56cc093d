/** The figures where they are: city circles at one scale in every panel, country totals shaded. */
import { useMemo, useState } from 'react'
import { ChartFrame } from '../../charts/ChartFrame'
import { pickRuleText } from '../../charts/chartText'
import { type ExportSpec, exportRow, type LegendEntry } from '../../charts/exportSpec'
import { qualifierLegend, regionLabel } from '../../charts/format'
import { regionColour } from '../../charts/palette'
import { SwatchLegend } from '../../charts/SwatchLegend'
import { FiguresTable } from '../../charts/table/FiguresTable'
import { defaultYear } from '../../data/atlasData'
import { marketsInView } from '../../data/select/marketsInView'
import { t, withWords } from '../../i18n/locale'
import { lazyComponent, useLazy } from '../../lib/lazyComponent'
import { EmptyYear } from '../EmptyYear'
import { EVERY_YEAR, ViewLayout } from '../ViewLayout'
import type { ViewProps } from '../viewProps'
import { hasShape, MapChart } from './MapChart'
import { mapScale, mapSeries } from './mapSeries'
import { mapText } from './mapText'

const sourceDetails = lazyComponent(() =>
  withWords(import('../../charts/SourceDetails')).then((m) => m.SourceDetails),
)

export function MapView(page: ViewProps) {
  const { data, state, update } = page
  const [selected, setSelected] = useState<string | null>(null)
  const markets = useMemo(() => marketsInView(data, state.markets), [data, state.markets])
  const year = state.year ?? defaultYear(data, state.metric)
  const series = useMemo(
    () =>
      year === undefined
        ? undefined
        : mapSeries(data, markets, state.metric, year, state.pick, hasShape),
    [data, markets, state.metric, year, state.pick],
  )
  const scale = useMemo(
    () => mapScale(data, markets, state.metric, state.pick, hasShape),
    [data, markets, state.metric, state.pick],
  )
  const { rule } = pickRuleText(state.pick, data.publishers, state.scope)
  const text =
    series && year !== undefined
      ? mapText(series, state.metric, year, rule, data.datasets, state.unit)
      : undefined
  const selectedRow = series?.drawn.find((r) => r.market.id === selected)
  const { component: SourceDetails } = useLazy(sourceDetails, selectedRow !== undefined)
  const regions = [...new Set(series?.circles.map((c) => c.row.market.region) ?? [])]
  const legend: LegendEntry[] = regions.map((region) => ({
    label: regionLabel(region),
    colour: regionColour(region),
    shape: 'dot',
  }))
  const spec: ExportSpec | undefined =
    text && series
      ? {
          text,
          legend,
          note: qualifierLegend(),
          rows: series.drawn.map((r) => exportRow(r, state.metric)),
        }
      : undefined

  return (
    <ViewLayout
      page={page}
      filters={{ shownYear: year, timeline: EVERY_YEAR }}
      chart={
        spec === undefined || series === undefined || year === undefined ? (
          <p className="empty-state">{t('chart.noMetric')}</p>
        ) : (
          <ChartFrame
            spec={spec}
            footer={<SwatchLegend entries={legend} note={qualifierLegend()} />}
          >
            {series.drawn.length > 0 ? (
              <MapChart series={series} scale={scale} unit={state.unit} onSelect={setSelected} />
            ) : (
              <EmptyYear
                data={data}
                metric={state.metric}
                year={year}
                onYear={(y) => update({ year: y })}
              />
            )}
          </ChartFrame>
        )
      }
      after={
        <>
          {selectedRow && SourceDetails ? (
            <SourceDetails
              row={selectedRow}
              rule={rule}
              unit={state.unit}
              onClose={() => setSelected(null)}
            />
          ) : null}
          {text && series ? (
            <FiguresTable
              rows={series.drawn}
              unit={state.unit}
              caption={t('map.caption', { year: String(year) })}
            />
          ) : null}
        </>
      }
    />
  )
}
