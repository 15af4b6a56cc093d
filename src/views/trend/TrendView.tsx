/** Capacity over time: one line per market or group, gaps where no source gives a figure. */
import { useMemo, useState } from 'react'
import { ChartFrame } from '../../charts/ChartFrame'
import { pickRuleText } from '../../charts/chartText'
import { type ExportSpec, exportRow } from '../../charts/exportSpec'
import { Legend, toggled } from '../../charts/Legend'
import { FiguresTable, type TableRow } from '../../charts/table/FiguresTable'
import { METRIC_UNIT } from '../../data/metrics'
import { eventsOf, eventYear } from '../../data/select/marketEvents'
import { marketsInView } from '../../data/select/marketsInView'
import { t } from '../../i18n/locale'
import { seriesMode } from '../../view/resolveView'
import { ViewLayout } from '../ViewLayout'
import type { ViewProps } from '../viewProps'
import { ChangeSwitch } from './ChangeSwitch'
import { SeriesSwitch } from './SeriesSwitch'
import { TrendChart } from './TrendChart'
import { longestSeries, type TrendLine, trendSeries, yearRange } from './trendSeries'
import { trendText } from './trendText'
import { YearRange } from './YearRange'

export function TrendView(page: ViewProps) {
  const { data, state } = page
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set())
  const chosenByDefault = state.markets === null
  const markets = useMemo(
    () =>
      state.markets === null
        ? longestSeries(data, state.metric)
        : marketsInView(data, state.markets),
    [data, state.markets, state.metric],
  )
  const allYears = useMemo(
    () => data.yearsOf(state.metric).map((y) => y.year),
    [data, state.metric],
  )
  const years = useMemo(
    () => yearRange(data, state.metric, state.from, state.to),
    [data, state.metric, state.from, state.to],
  )
  const mode = seriesMode(state)
  const series = useMemo(
    () => trendSeries(data, markets, state.groups ?? [], state.metric, years, state.pick, mode),
    [data, markets, state.groups, state.metric, years, state.pick, mode],
  )
  // Each market line's events (its own and its country's), in the years drawn.
  const eventRows = useMemo(
    () =>
      state.events
        ? series.lines.flatMap((l) => {
            if (l.kind !== 'market') return []
            const events = eventsOf(data, l.id).filter((e) => series.years.includes(eventYear(e)))
            return events.length > 0 ? [{ id: l.id, name: l.name, colour: l.colour, events }] : []
          })
        : [],
    [state.events, series, data],
  )
  const lineLabel = (l: TrendLine) =>
    l.publisher ? t('trend.legend.publisher', { name: l.name, publisher: l.publisher }) : l.name
  const { rule } = pickRuleText(state.pick, data.publishers, state.scope)
  const text = trendText(
    series,
    state.metric,
    rule,
    data.datasets,
    state.unit,
    chosenByDefault,
    state.change,
    mode,
  )
  const tableRows: TableRow[] = series.lines
    .filter((l) => l.kind === 'market')
    .flatMap((l) => l.points.flatMap((p) => p.rows))
  const muted = 'var(--muted)'
  const spec: ExportSpec = {
    text,
    legend: [
      ...series.lines
        .filter((l) => !hidden.has(l.id))
        .map((l) => ({
          label: lineLabel(l),
          colour: l.colour,
          shape: l.kind === 'group' ? ('dashed' as const) : ('line' as const),
        })),
      { label: t('trend.mark.exact'), colour: muted, shape: 'dot' },
      { label: t('trend.mark.about'), colour: muted, shape: 'ring' },
      { label: t('trend.mark.atLeast'), colour: muted, shape: 'up' },
      { label: t('trend.mark.atMost'), colour: muted, shape: 'down' },
      ...(series.lines.some((l) => l.points.some((p) => p.breakBefore))
        ? [{ label: t('trend.mark.break'), colour: muted, shape: 'dashed' as const }]
        : []),
    ],
    rows: series.lines
      .filter((l) => !hidden.has(l.id))
      .flatMap((l) =>
        l.points.flatMap((p) =>
          p.rows.map((r) => exportRow(r, state.metric, l.kind === 'group' ? l.name : undefined)),
        ),
      ),
    // The events' words (kinds, dates, whose) are the exports' own: made when one is asked for.
    loadEvents: () =>
      import('./trendEvents').then((m) =>
        m.trendEvents(
          eventRows.filter((row) => !hidden.has(row.id)),
          series.years,
          data,
        ),
      ),
    loadDeck: () =>
      import('./trendDeck').then((m) =>
        m.trendDeck(series.years, series.lines, {
          hidden,
          change: state.change,
          metricUnit: METRIC_UNIT[state.metric],
          display: state.unit,
          label: lineLabel,
        }),
      ),
  }
  return (
    <ViewLayout
      page={page}
      filters={{
        defaultMarkets: markets.map((m) => m.id),
        range: (
          <YearRange
            years={allYears}
            from={state.from}
            to={state.to}
            onChange={(range) => page.update(range)}
          />
        ),
      }}
      controls={
        <>
          <SeriesSwitch
            value={mode}
            onChange={(next) =>
              // Only what differs from what the link would draw anyway is written.
              page.update({ series: next === seriesMode({ ...state, series: null }) ? null : next })
            }
          />
          <ChangeSwitch value={state.change} onChange={(change) => page.update({ change })} />
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={state.events}
              onChange={(e) => page.update({ events: e.target.checked })}
            />
            {t('events.show')}
          </label>
        </>
      }
      chart={
        <ChartFrame
          spec={spec}
          footer={
            <Legend
              items={series.lines.map((l) => ({
                key: l.id,
                label: lineLabel(l),
                colour: l.colour,
                hidden: hidden.has(l.id),
                dashed: l.kind === 'group',
              }))}
              onToggle={(key) => setHidden(toggled(hidden, key))}
              note={
                series.lines.some((l) => l.points.some((p) => p.breakBefore))
                  ? `${t('trend.marks')} · ${t('trend.mark.break')}`
                  : t('trend.marks')
              }
            />
          }
        >
          {series.lines.length > 0 ? (
            <TrendChart
              years={series.years}
              lines={series.lines}
              unit={state.unit}
              scale={state.scale}
              metricUnit={METRIC_UNIT[state.metric]}
              hidden={hidden}
              change={state.change}
              events={eventRows}
              atlas={data}
            />
          ) : (
            <p className="empty-state">{t('trend.empty')}</p>
          )}
        </ChartFrame>
      }
      after={<FiguresTable rows={tableRows} unit={state.unit} caption={t('trend.caption')} />}
    />
  )
}
