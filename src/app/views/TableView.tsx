/** The numbers themselves: every figure for the chosen markets, metric and year, sortable. */
import { useMemo, useRef } from 'react'
import { sourceLine } from '../../charts/chartText'
import { listNames } from '../../charts/format'
import { marketsInView } from '../../charts/ranking/rankingSeries'
import { metricTitle } from '../../charts/ranking/rankingText'
import { sourcesSeries } from '../../charts/sources/sourcesSeries'
import { ObservationsTable } from '../../charts/table/ObservationsTable'
import { ExportMenu } from '../../controls/ExportMenu'
import { FigureFilters } from '../../controls/FigureFilters'
import { defaultYear } from '../../data/atlasData'
import { pickRuleText } from '../../data/select/pickObservation'
import { type ExportSpec, figureExportRow } from '../../export/exportSpec'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { ViewLayout } from './ViewLayout'
import type { ViewProps } from './viewProps'

export function TableView({ data, choices, state, update, embed }: ViewProps) {
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
  const figures = series.rows
    .flatMap((r) => r.figures)
    .sort(
      (a, b) =>
        a.market.name.localeCompare(b.market.name) ||
        b.observation.asOf.localeCompare(a.observation.asOf),
    )
  const title = `${metricTitle(state.metric)}, ${year ?? ''}: every sourced figure`
  useDocumentTitle(title)
  const subtitle = `${figures.length} figures from ${new Set(figures.map((f) => f.source.publisher)).size} publishers. “Drawn” marks the figure the charts use: ${rule}. Click a column to sort.`
  const missingLine =
    series.missing.length > 0
      ? `No sourced figure: ${listNames(series.missing.map((m) => m.name))}.`
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
  }
  const frame = useRef<HTMLElement>(null)
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
          scale={false}
        />
      }
      chart={
        <section className="table-view" ref={frame}>
          <div className="chart-frame__header">
            <div>
              <h2 className="table-view__title">{title}</h2>
              <p className="table-view__subtitle">{subtitle}</p>
            </div>
            {embed ? null : <ExportMenu spec={spec} frame={frame} images={false} />}
          </div>
          {figures.length > 0 ? (
            <ObservationsTable figures={figures} unit={state.unit} caption={title} />
          ) : (
            <p className="empty-state">No sourced figure for these markets in {year}.</p>
          )}
          {missingLine ? <p className="chart-frame__missing">{missingLine}</p> : null}
        </section>
      }
    />
  )
}
