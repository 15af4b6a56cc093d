/** What is built, being built and planned, per market, for one year. */
import { useMemo, useState } from 'react'
import { ChartFrame } from '../../charts/ChartFrame'
import { type ChartText, plural, sourceLine } from '../../charts/chartText'
import { formatFigure, listNames, QUALIFIER_LEGEND } from '../../charts/format'
import { Legend, toggled } from '../../charts/Legend'
import { STAGE_COLOUR } from '../../charts/palette'
import { PipelineChart, STAGE_LABEL } from '../../charts/pipeline/PipelineChart'
import { pipelineSeries, STAGES } from '../../charts/pipeline/pipelineSeries'
import { marketsInView } from '../../charts/ranking/rankingSeries'
import { FiguresTable, type TableRow } from '../../charts/table/FiguresTable'
import { MarketPicker } from '../../controls/MarketPicker'
import { PickSelect, ScaleSwitch, UnitSwitch, YearSelect } from '../../controls/ViewControls'
import { defaultYear } from '../../data/atlasData'
import { pickRuleText } from '../../data/select/pickObservation'
import { type ExportSpec, exportRow } from '../../export/exportSpec'
import { ViewLayout } from './ViewLayout'
import type { ViewProps } from './viewProps'

export function PipelineView({ data, choices, state, update, embed }: ViewProps) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set())
  const markets = useMemo(() => marketsInView(data, state.markets), [data, state.markets])
  const year = state.year ?? defaultYear(data, 'under_construction')
  const series = useMemo(
    () =>
      year === undefined
        ? { rows: [], missing: markets }
        : pipelineSeries(data, markets, year, state.pick),
    [data, markets, year, state.pick],
  )
  const { rule } = pickRuleText(state.pick, data.publishers)
  const drawnRows = series.rows.filter((r) => STAGES.some((s) => r.stages[s]))
  const text: ChartText = {
    title: `Operational, under construction and planned capacity by market, ${year ?? ''}`.trim(),
    subtitle: `In megawatts${state.unit === 'gw' ? ' (shown as GW)' : ''}, IT load where the publisher says so. ${plural(drawnRows.length, 'market')}; each stage is ${rule}, picked on its own, so one bar may combine publishers (flagged in the table).`,
    sourceLine: sourceLine(
      series.rows.flatMap((r) => STAGES.flatMap((s) => (r.stages[s] ? [r.stages[s].source] : []))),
      data.datasets,
    ),
    summary:
      drawnRows
        .map(
          (r) =>
            `${r.market.name}: ${STAGES.filter((s) => r.stages[s])
              .map(
                (s) =>
                  `${STAGE_LABEL[s].toLowerCase()} ${formatFigure(r.stages[s]?.drawn ?? { value: 0, unit: 'MW' }, state.unit)}`,
              )
              .join(', ')}.`,
        )
        .join(' ') || `No chosen market has a stage figure for ${year}.`,
  }
  const combinedOnly = series.rows.filter(
    (r) => r.combined && !r.stages.under_construction && !r.stages.planned,
  )
  if (combinedOnly.length > 0)
    text.missingLine = `Pipeline given only as one figure (under construction plus planned, not drawn): ${listNames(
      combinedOnly.map(
        (r) =>
          `${r.market.name} ${formatFigure(r.combined?.drawn ?? { value: 0, unit: 'MW' }, state.unit)} (${r.combined?.source.publisher})`,
      ),
    )}.`
  const tableRows: TableRow[] = series.rows.flatMap((r) =>
    STAGES.flatMap((s) => {
      const figure = r.stages[s]
      return figure
        ? [
            {
              ...figure,
              group: STAGE_LABEL[s],
              ...(r.mixedPublishers ? { note: 'stages from different publishers' } : {}),
            },
          ]
        : []
    }),
  )
  const spec: ExportSpec = {
    text,
    legend: STAGES.filter((s) => !hidden.has(s)).map((s) => ({
      label: STAGE_LABEL[s],
      colour: STAGE_COLOUR[s],
      shape: 'square',
    })),
    note: QUALIFIER_LEGEND,
    rows: drawnRows.flatMap((r) =>
      STAGES.filter((s) => !hidden.has(s)).flatMap((s) => {
        const figure = r.stages[s]
        return figure ? [exportRow(figure, s)] : []
      }),
    ),
  }
  return (
    <ViewLayout
      embed={embed}
      controls={
        <>
          <MarketPicker
            markets={choices}
            selected={state.markets}
            onChange={(ids) => update({ markets: ids })}
          />
          <YearSelect
            data={data}
            metric="under_construction"
            year={state.year}
            shownYear={year}
            onChange={(y) => update({ year: y })}
          />
          <PickSelect data={data} pick={state.pick} onChange={(pick) => update({ pick })} />
          <UnitSwitch value={state.unit} onChange={(unit) => update({ unit })} />
          <ScaleSwitch
            value="linear"
            onChange={() => undefined}
            disabled="Stacked bars need a linear axis"
          />
        </>
      }
      chart={
        <ChartFrame
          spec={spec}
          footer={
            <Legend
              items={STAGES.map((s) => ({
                key: s,
                label: STAGE_LABEL[s],
                colour: STAGE_COLOUR[s],
                hidden: hidden.has(s),
              }))}
              onToggle={(key) => setHidden(toggled(hidden, key))}
              note={QUALIFIER_LEGEND}
            />
          }
        >
          {drawnRows.length > 0 ? (
            <PipelineChart rows={drawnRows} unit={state.unit} hidden={hidden} />
          ) : (
            <p className="empty-state">No chosen market has a stage figure for {year}.</p>
          )}
        </ChartFrame>
      }
      after={
        <FiguresTable
          rows={tableRows}
          unit={state.unit}
          group="Stage"
          note
          caption={`${text.title}: each stage’s figure, with its source`}
        />
      }
    />
  )
}
