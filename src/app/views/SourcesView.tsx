/** Where sources disagree: every figure per market side by side, the drawn one marked. */
import { useMemo } from 'react'
import { ChartFrame } from '../../charts/ChartFrame'
import { type ChartText, plural, sourceLine } from '../../charts/chartText'
import { formatValue, listNames, QUALIFIER_LEGEND } from '../../charts/format'
import { marketsInView } from '../../charts/ranking/rankingSeries'
import { metricLine, metricTitle } from '../../charts/ranking/rankingText'
import { SourcesChart } from '../../charts/sources/SourcesChart'
import { sourcesSeries } from '../../charts/sources/sourcesSeries'
import { ObservationsTable } from '../../charts/table/ObservationsTable'
import { FigureFilters } from '../../controls/FigureFilters'
import { defaultYear } from '../../data/atlasData'
import { METRIC_INFO } from '../../data/metrics'
import { pickRuleText } from '../../data/select/pickObservation'
import { type ExportSpec, figureExportRow } from '../../export/exportSpec'
import { EmptyYear } from './EmptyYear'
import { ViewLayout } from './ViewLayout'
import type { ViewProps } from './viewProps'

export function SourcesView({ data, choices, state, update, embed }: ViewProps) {
  const markets = useMemo(() => marketsInView(data, state.markets), [data, state.markets])
  const year = state.year ?? defaultYear(data, state.metric)
  const series = useMemo(
    () =>
      year === undefined
        ? { rows: [], missing: markets }
        : sourcesSeries(data, markets, state.metric, year, state.pick),
    [data, markets, state.metric, year, state.pick],
  )
  const { rule } = pickRuleText(state.pick, data.publishers)
  const unitOf = METRIC_INFO[state.metric].unit
  const disputed = series.rows.filter((r) => r.figures.length > 1)
  const text: ChartText = {
    title: `${metricTitle(state.metric)}: every source’s figure, ${year ?? ''}`.trim(),
    subtitle: `${metricLine(state.metric, state.unit)} ${plural(series.rows.length, 'market')}, ${plural(disputed.length, 'market')} with more than one figure. Large mark: the figure drawn elsewhere (${rule}); small marks: the other sources.`,
    sourceLine: sourceLine(
      series.rows.flatMap((r) => r.figures.map((f) => f.source)),
      data.datasets,
    ),
    summary:
      disputed
        .map(
          (r) =>
            `${r.market.name}: ${plural(r.figures.length, 'figure')} from ${formatValue(r.min, unitOf, state.unit)} to ${formatValue(r.max, unitOf, state.unit)}.`,
        )
        .join(' ') || 'No market has more than one figure for this metric and year.',
  }
  if (series.missing.length > 0)
    text.missingLine = `No sourced figure for ${year}: ${listNames(series.missing.map((m) => m.name))}.`
  const spec: ExportSpec = {
    text,
    legend: [
      { label: 'the figure drawn', colour: 'var(--text)', shape: 'dot' },
      { label: 'another source’s figure', colour: 'var(--text)', shape: 'ring' },
    ],
    note: QUALIFIER_LEGEND,
    rows: series.rows.flatMap((r) => r.figures.map((f) => figureExportRow(f, state.metric))),
  }
  return (
    <ViewLayout
      embed={embed}
      controls={
        <FigureFilters
          data={data}
          choices={choices}
          state={state}
          update={update}
          shownYear={year}
        />
      }
      chart={
        <ChartFrame
          spec={spec}
          footer={
            <p className="chart-legend__note">
              ● drawn figure · ○ another source’s figure. {QUALIFIER_LEGEND}
            </p>
          }
        >
          {series.rows.length > 0 ? (
            <SourcesChart
              rows={series.rows}
              unit={state.unit}
              scale={state.scale}
              metricUnit={unitOf}
            />
          ) : year !== undefined ? (
            <EmptyYear
              data={data}
              metric={state.metric}
              year={year}
              onYear={(y) => update({ year: y })}
            />
          ) : null}
        </ChartFrame>
      }
      after={
        <ObservationsTable
          figures={series.rows.flatMap((r) => r.figures)}
          unit={state.unit}
          caption={`${text.title}: one row per figure`}
        />
      }
    />
  )
}
