/** Where sources disagree: every figure per market side by side, the drawn one marked. */
import { useMemo } from 'react'
import { ChartFrame } from '../../charts/ChartFrame'
import {
  type ChartText,
  metricLine,
  metricTitle,
  pickRuleText,
  sourceLine,
} from '../../charts/chartText'
import { EventsTable } from '../../charts/events/EventsTable'
import { useMarketEvents } from '../../charts/events/useMarketEvents'
import type { ExportSpec, LegendEntry } from '../../charts/exportSpec'
import { figureExportRow } from '../../charts/figureExportRow'
import { formatValue, listNames, qualifierLegend, scopeLabel, toDisplay } from '../../charts/format'
import { SwatchLegend } from '../../charts/SwatchLegend'
import { ObservationsTable } from '../../charts/table/ObservationsTable'
import { defaultYear } from '../../data/atlasData'
import { METRIC_UNIT } from '../../data/metrics'
import { SCOPES, scopeOf } from '../../data/scopes'
import { marketsInView } from '../../data/select/marketsInView'
import { sourcesSeries } from '../../data/select/sourcesSeries'
import { t, tn } from '../../i18n/locale'
import { EmptyYear } from '../EmptyYear'
import { heldExtent } from '../heldExtent'
import { EVERY_YEAR, ViewLayout } from '../ViewLayout'
import type { ViewProps } from '../viewProps'
import { SourcesChart } from './SourcesChart'

export function SourcesView(page: ViewProps) {
  const { data, state, update } = page
  const markets = useMemo(() => marketsInView(data, state.markets), [data, state.markets])
  const events = useMarketEvents(data, markets)
  const year = state.year ?? defaultYear(data, state.metric)
  const series = useMemo(
    () =>
      year === undefined
        ? { rows: [], missing: markets }
        : sourcesSeries(data, markets, state.metric, year, state.pick),
    [data, markets, state.metric, year, state.pick],
  )
  const unitOf = METRIC_UNIT[state.metric]
  const held = useMemo(
    () =>
      heldExtent(
        data.yearsOf(state.metric).map((y) => y.year),
        (y) => sourcesSeries(data, markets, state.metric, y, state.pick).rows,
        (r) => r.figures.map((f) => toDisplay(f.observation.value, unitOf, state.unit)),
      ),
    [data, markets, state.metric, state.pick, state.unit, unitOf],
  )
  const { rule } = pickRuleText(state.pick, data.publishers, state.scope)
  const disputed = series.rows.filter((r) => r.figures.length > 1)
  const text: ChartText = {
    title: t('sources.title', {
      metric: metricTitle(state.metric),
      year: year === undefined ? '' : String(year),
    }).trim(),
    subtitle: `${metricLine(state.metric, state.unit)} ${tn(
      'sources.subtitle',
      series.rows.length,
      {
        disputed: tn('count.markets', disputed.length),
        rule,
      },
    )}`,
    sourceLine: sourceLine(
      series.rows.flatMap((r) => r.figures.map((f) => f.source)),
      data.datasets,
    ),
    summary:
      disputed
        .map((r) =>
          t('sources.summary.market', {
            market: r.market.name,
            figures: tn('count.figures', r.figures.length),
            min: formatValue(r.min, unitOf, state.unit),
            max: formatValue(r.max, unitOf, state.unit),
          }),
        )
        .join(' ') || t('sources.summary.none'),
  }
  if (series.missing.length > 0)
    text.missingLine = t('chart.missingInYear', {
      year: String(year),
      names: listNames(series.missing.map((m) => m.name)),
    })
  // A mark per scope among the figures shown: the shape says what a figure counts.
  const scopes = SCOPES.filter((scope) =>
    series.rows.some((r) => r.figures.some((f) => scopeOf(f.observation) === scope)),
  )
  const legend: LegendEntry[] = [
    { label: t('sources.legend.drawn'), colour: 'var(--text)', shape: 'dot' },
    { label: t('sources.legend.other'), colour: 'var(--text)', shape: 'ring' },
    ...scopes.map((scope) => ({
      label: scopeLabel(scope),
      colour: 'var(--text)',
      shape: { scope },
    })),
  ]
  const spec: ExportSpec = {
    text,
    legend,
    note: qualifierLegend(),
    rows: series.rows.flatMap((r) => r.figures.map((f) => figureExportRow(f, state.metric))),
    // The events listed under the chart, as rows of the data files (their words load on export).
    loadEvents: () =>
      import('../../charts/events/eventText').then((m) =>
        events.length > 0 ? { spots: [], events: m.exportedEvents(events, data) } : undefined,
      ),
  }
  return (
    <ViewLayout
      page={page}
      filters={{ shownYear: year, timeline: EVERY_YEAR }}
      chart={
        <ChartFrame
          spec={spec}
          footer={
            <SwatchLegend
              entries={legend.slice(2)}
              note={`${t('sources.note')} ${t('sources.scopeNote')} ${qualifierLegend()}`}
            />
          }
        >
          {series.rows.length > 0 ? (
            <SourcesChart
              rows={series.rows}
              unit={state.unit}
              scale={state.scale}
              metricUnit={unitOf}
              held={held}
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
        <>
          <ObservationsTable
            figures={series.rows.flatMap((r) => r.figures)}
            unit={state.unit}
            caption={t('sources.caption', { year: String(year) })}
          />
          <EventsTable events={events} data={data} />
        </>
      }
    />
  )
}
