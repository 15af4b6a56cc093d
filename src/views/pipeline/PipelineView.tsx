/** What is built, being built and planned, per market, for one year. */
import { useMemo, useState } from 'react'
import { ChartFrame } from '../../charts/ChartFrame'
import { type ChartText, pickRuleText, sourceLine } from '../../charts/chartText'
import { type ExportSpec, exportRow } from '../../charts/exportSpec'
import { formatFigure, listNames, qualifierLegend, toDisplay } from '../../charts/format'
import { Legend, toggled } from '../../charts/Legend'
import { STAGE_COLOUR } from '../../charts/palette'
import { FiguresTable, type TableRow } from '../../charts/table/FiguresTable'
import { ScaleSwitch } from '../../controls/ViewControls'
import { defaultYear } from '../../data/atlasData'
import { marketsInView } from '../../data/select/marketsInView'
import { t, tn } from '../../i18n/locale'
import { heldExtent } from '../heldExtent'
import { ViewLayout } from '../ViewLayout'
import type { ViewProps } from '../viewProps'
import { PipelineChart, stageLabel } from './PipelineChart'
import { pipelineSeries, STAGES } from './pipelineSeries'

const STAGE_YEARS = { metrics: STAGES }

export function PipelineView(page: ViewProps) {
  const { data, state } = page
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
  const held = useMemo(
    () =>
      heldExtent(
        new Set(STAGES.flatMap((stage) => data.yearsOf(stage).map((y) => y.year))),
        (y) =>
          pipelineSeries(data, markets, y, state.pick).rows.filter((r) =>
            STAGES.some((s) => r.stages[s]),
          ),
        (r) => [
          STAGES.filter((s) => !hidden.has(s)).reduce(
            (sum, s) => sum + toDisplay(r.stages[s]?.drawn.value ?? 0, 'MW', state.unit),
            0,
          ),
        ],
      ),
    [data, markets, state.pick, state.unit, hidden],
  )
  const { rule } = pickRuleText(state.pick, data.publishers, state.scope)
  const drawnRows = series.rows.filter((r) => STAGES.some((s) => r.stages[s]))
  const text: ChartText = {
    title: t('pipeline.title', { year: year === undefined ? '' : String(year) }).trim(),
    subtitle: tn(
      state.unit === 'gw' ? 'pipeline.subtitle.gw' : 'pipeline.subtitle',
      drawnRows.length,
      {
        rule,
      },
    ),
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
                  `${stageLabel(s).toLowerCase()} ${formatFigure(r.stages[s]?.drawn ?? { value: 0, unit: 'MW' }, state.unit)}`,
              )
              .join(', ')}.`,
        )
        .join(' ') || t('pipeline.empty', { year: String(year) }),
  }
  const combinedOnly = series.rows.filter(
    (r) => r.combined && !r.stages.under_construction && !r.stages.planned,
  )
  if (combinedOnly.length > 0)
    text.missingLine = t('pipeline.combinedOnly', {
      markets: listNames(
        combinedOnly.map(
          (r) =>
            `${r.market.name} ${formatFigure(r.combined?.drawn ?? { value: 0, unit: 'MW' }, state.unit)} (${r.combined?.source.publisher})`,
        ),
      ),
    })
  const tableRows: TableRow[] = series.rows.flatMap((r) =>
    STAGES.flatMap((s) => {
      const figure = r.stages[s]
      return figure
        ? [
            {
              ...figure,
              group: stageLabel(s),
              ...(r.mixedPublishers || r.mixedScopes
                ? {
                    note: [
                      r.mixedPublishers ? t('pipeline.mixed') : '',
                      r.mixedScopes ? t('pipeline.mixedScopes') : '',
                    ]
                      .filter(Boolean)
                      .join('; '),
                  }
                : {}),
            },
          ]
        : []
    }),
  )
  const spec: ExportSpec = {
    text,
    legend: STAGES.filter((s) => !hidden.has(s)).map((s) => ({
      label: stageLabel(s),
      colour: STAGE_COLOUR[s],
      shape: 'square',
    })),
    note: qualifierLegend(),
    rows: drawnRows.flatMap((r) =>
      STAGES.filter((s) => !hidden.has(s)).flatMap((s) => {
        const figure = r.stages[s]
        return figure ? [exportRow(figure, s)] : []
      }),
    ),
    loadDeck: () =>
      import('./pipelineDeck').then((m) => m.pipelineDeck(drawnRows, hidden, state.unit)),
  }
  return (
    <ViewLayout
      page={page}
      filters={{ shownYear: year, yearMetric: 'under_construction', timeline: STAGE_YEARS }}
      controls={
        // Stacked bars have no log scale: the switch stays, disabled, saying why.
        <ScaleSwitch
          value="linear"
          onChange={() => undefined}
          disabled={t('controls.scale.stacked')}
        />
      }
      chart={
        <ChartFrame
          spec={spec}
          footer={
            <Legend
              items={STAGES.map((s) => ({
                key: s,
                label: stageLabel(s),
                colour: STAGE_COLOUR[s],
                hidden: hidden.has(s),
              }))}
              onToggle={(key) => setHidden(toggled(hidden, key))}
              note={qualifierLegend()}
            />
          }
        >
          {drawnRows.length > 0 ? (
            <PipelineChart rows={drawnRows} unit={state.unit} hidden={hidden} held={held} />
          ) : (
            <p className="empty-state">{t('pipeline.empty', { year: String(year) })}</p>
          )}
        </ChartFrame>
      }
      after={
        <FiguresTable
          rows={tableRows}
          unit={state.unit}
          group="Stage"
          caption={t('pipeline.caption', { year: String(year) })}
        />
      }
    />
  )
}
