/** The numbers themselves: every figure for the chosen markets, metric and year, sortable. */
import { useMemo, useRef } from 'react'
import { useChartContext } from '../../charts/chartContext'
import { metricTitle, pickRuleText, sourceLine } from '../../charts/chartText'
import { EventsTable } from '../../charts/events/EventsTable'
import { useMarketEvents } from '../../charts/events/useMarketEvents'
import type { ExportSpec } from '../../charts/exportSpec'
import { figureExportRow } from '../../charts/figureExportRow'
import { listNames } from '../../charts/format'
import { ObservationsTable } from '../../charts/table/ObservationsTable'
import { defaultYear } from '../../data/atlasData'
import { marketsInView } from '../../data/select/marketsInView'
import { sourcesSeries } from '../../data/select/sourcesSeries'
import { t, tn } from '../../i18n/locale'
import { collate } from '../../lib/collate'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { ViewLayout } from '../ViewLayout'
import type { ViewProps } from '../viewProps'

export function TableView(page: ViewProps) {
  const { data, state, embed } = page
  const { DownloadMenu } = useChartContext()
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
  const { rule } = pickRuleText(state.pick, data.publishers, state.scope)
  const figures = series.rows
    .flatMap((r) => r.figures)
    .sort(
      (a, b) =>
        collate(a.market.name, b.market.name) || collate(b.observation.asOf, a.observation.asOf),
    )
  const title = t('table.title', {
    metric: metricTitle(state.metric),
    year: year === undefined ? '' : String(year),
  })
  useDocumentTitle(title)
  const subtitle = t('table.subtitle', {
    figures: tn('count.figures', figures.length),
    publishers: tn('count.publishers', new Set(figures.map((f) => f.source.publisher)).size),
    rule,
  })
  const missingLine =
    series.missing.length > 0
      ? t('chart.missing', { names: listNames(series.missing.map((m) => m.name)) })
      : undefined
  const spec: ExportSpec = {
    text: {
      title,
      subtitle,
      sourceLine: sourceLine(
        figures.map((f) => f.source),
        data.datasets,
      ),
      summary: subtitle,
      ...(missingLine ? { missingLine } : {}),
    },
    legend: [],
    rows: figures.map((f) => figureExportRow(f, state.metric)),
    // The events listed under the chart, as rows of the data files (their words load on export).
    loadEvents: () =>
      import('../../charts/events/eventText').then((m) =>
        events.length > 0 ? { spots: [], events: m.exportedEvents(events, data) } : undefined,
      ),
  }
  const frame = useRef<HTMLElement>(null)
  return (
    <ViewLayout
      page={page}
      filters={{ shownYear: year }}
      chart={
        <section className="table-view" ref={frame}>
          <div className="chart-frame__header">
            <div>
              <h2 className="table-view__title">{title}</h2>
              <p className="table-view__subtitle">{subtitle}</p>
            </div>
            {embed || !DownloadMenu ? null : (
              <DownloadMenu spec={spec} frame={frame} images={false} />
            )}
          </div>
          {figures.length > 0 ? (
            <ObservationsTable
              figures={figures}
              unit={state.unit}
              caption={title}
              captionShown={false}
            />
          ) : (
            <p className="empty-state">{t('table.empty', { year: String(year) })}</p>
          )}
          {missingLine ? <p className="chart-frame__missing">{missingLine}</p> : null}
        </section>
      }
      after={<EventsTable events={events} data={data} />}
    />
  )
}
