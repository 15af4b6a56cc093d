/** Markets ranked by one metric and year, bars coloured by region. */
import { useMemo, useState } from 'react'
import { ChartFrame } from '../../charts/ChartFrame'
import { pickRuleText } from '../../charts/chartText'
import { type ExportSpec, exportRow } from '../../charts/exportSpec'
import { qualifierLegend, regionLabel, toDisplay } from '../../charts/format'
import { Legend, toggled } from '../../charts/Legend'
import { regionColour } from '../../charts/palette'
import { FiguresTable } from '../../charts/table/FiguresTable'
import { defaultYear } from '../../data/atlasData'
import { keptByLevel, marketKind } from '../../data/marketLevel'
import { marketsInView } from '../../data/select/marketsInView'
import { t, withWords } from '../../i18n/locale'
import { useAfterPaint } from '../../lib/Later'
import { lazyComponent, useLazy } from '../../lib/lazyComponent'
import { EmptyYear } from '../EmptyYear'
import { heldExtent } from '../heldExtent'
import { EVERY_YEAR, ViewLayout } from '../ViewLayout'
import type { ViewProps } from '../viewProps'
import { RankingChart } from './RankingChart'
import { rankingSeries } from './rankingSeries'
import { rankingText } from './rankingText'

const NO_ROWS: never[] = []

// Every figure of one market, shown on a click: its code loads on the first click.
const sourceDetails = lazyComponent(() =>
  withWords(import('../../charts/SourceDetails')).then((m) => m.SourceDetails),
)

export function RankingView(page: ViewProps) {
  const { data, state, update } = page
  const [selected, setSelected] = useState<string | null>(null)
  const [hiddenRegions, setHiddenRegions] = useState<ReadonlySet<string>>(new Set())
  const markets = useMemo(
    () => marketsInView(data, state.markets).filter((m) => keptByLevel(m, state.level)),
    [data, state.markets, state.level],
  )
  const year = state.year ?? defaultYear(data, state.metric)
  const series = useMemo(
    () =>
      year === undefined
        ? { rows: [], missing: markets }
        : rankingSeries(data, markets, state.metric, year, state.pick),
    [data, markets, state.metric, year, state.pick],
  )
  // One axis and one height for every year the timeline shows, as compare and the map hold.
  const held = useMemo(
    () =>
      heldExtent(
        data.yearsOf(state.metric).map((y) => y.year),
        (y) =>
          rankingSeries(data, markets, state.metric, y, state.pick).rows.filter(
            (r) => !hiddenRegions.has(r.market.region),
          ),
        (r) => [toDisplay(r.drawn.value, r.drawn.unit, state.unit)],
      ),
    [data, markets, state.metric, state.pick, state.unit, hiddenRegions],
  )
  const { rule, publisherName } = pickRuleText(state.pick, data.publishers, state.scope)
  const text =
    year === undefined
      ? undefined
      : rankingText(
          series,
          state.metric,
          year,
          state.pick,
          data.datasets,
          publisherName,
          state.unit,
          state.scope,
        )
  // The table follows the chart in a second, interruptible render once the chart is painted: the
  // first view, every filter change and every step draw the chart first, and with hundreds of
  // markets no single task holds the page.
  const tableRows = useAfterPaint(series.rows, NO_ROWS)
  const visibleRows = series.rows.filter((r) => !hiddenRegions.has(r.market.region))
  const selectedRow = series.rows.find((r) => r.market.id === selected)
  const { component: SourceDetails } = useLazy(sourceDetails, selectedRow !== undefined)
  const regions = [...new Set(series.rows.map((r) => r.market.region))]
  // What the marks mean, on screen and in the exports: open bars where a country's total is drawn.
  const note = series.rows.some((r) => marketKind(r.market) === 'country')
    ? `${t('ranking.countryNote')} ${qualifierLegend()}`
    : qualifierLegend()
  const spec: ExportSpec | undefined = text && {
    text,
    legend: regions
      .filter((region) => !hiddenRegions.has(region))
      .map((region) => ({
        label: regionLabel(region),
        colour: regionColour(region),
        shape: 'square',
      })),
    note,
    rows: visibleRows.map((r) => exportRow(r, state.metric)),
    loadDeck: () =>
      import('./rankingDeck').then((m) => m.rankingDeck(visibleRows, state.metric, state.unit)),
  }

  return (
    <ViewLayout
      page={page}
      filters={{ shownYear: year, timeline: EVERY_YEAR }}
      chart={
        spec === undefined || year === undefined ? (
          <p className="empty-state">{t('chart.noMetric')}</p>
        ) : (
          <ChartFrame
            spec={spec}
            footer={
              <Legend
                items={regions.map((region) => ({
                  key: region,
                  label: regionLabel(region),
                  colour: regionColour(region),
                  hidden: hiddenRegions.has(region),
                }))}
                onToggle={(key) => setHiddenRegions(toggled(hiddenRegions, key))}
                note={note}
              />
            }
          >
            {series.rows.length > 0 ? (
              <RankingChart
                rows={visibleRows}
                selected={selected}
                onSelect={setSelected}
                unit={state.unit}
                scale={state.scale}
                held={held}
              />
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
          {text ? (
            <FiguresTable
              rows={tableRows}
              unit={state.unit}
              caption={t('ranking.caption', { year: String(year) })}
            />
          ) : null}
        </>
      }
    />
  )
}
