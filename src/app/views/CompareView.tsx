/** Groups of markets side by side, stacked by member, checked against a published claim. */
import { useMemo, useState } from 'react'
import { ChartFrame } from '../../charts/ChartFrame'
import { CompareChart, memberOrder } from '../../charts/compare/CompareChart'
import { claimLine, compareText } from '../../charts/compare/compareText'
import { formatFigure, listNames, QUALIFIER_LEGEND } from '../../charts/format'
import { Legend, toggled } from '../../charts/Legend'
import { seriesColour } from '../../charts/palette'
import { FiguresTable, type TableRow } from '../../charts/table/FiguresTable'
import { GroupEditor } from '../../controls/GroupEditor'
import { MetricSelect, PickSelect, UnitSwitch, YearSelect } from '../../controls/ViewControls'
import { groupTotal } from '../../data/select/groupTotals'
import { pickRuleText } from '../../data/select/pickObservation'
import { type ExportSpec, exportRow } from '../../export/exportSpec'
import { activeClaim, compareYear, groupsInView } from '../../view/resolveView'
import { NO_CLAIM } from '../../view/viewState'
import { EmptyYear } from './EmptyYear'
import { ViewLayout } from './ViewLayout'
import type { ViewProps } from './viewProps'

export function CompareView({ data, choices, state, update, embed }: ViewProps) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set())
  const claim = activeClaim(state, data)
  const groups = useMemo(() => groupsInView(state, claim), [state, claim])
  const year = compareYear(state, data, claim)
  const totals = useMemo(
    () =>
      year === undefined
        ? []
        : groups.map((g) => groupTotal(data, g, state.metric, year, state.pick)),
    [data, groups, state.metric, year, state.pick],
  )
  const { rule } = pickRuleText(state.pick, data.publishers)
  const claimShown = claim && claim.metric === state.metric ? claim : undefined
  const text =
    year === undefined
      ? undefined
      : compareText(totals, state.metric, year, rule, claimShown, data.datasets, state.unit)
  const members = memberOrder(totals)
  const tableRows: TableRow[] = totals.flatMap((t) => [
    ...t.counted.map((r) => ({ ...r, group: t.group.name })),
    ...t.notAdded.map((n) => ({
      ...n.row,
      group: t.group.name,
      note: `inside ${n.inside.name}: not added again`,
    })),
  ])
  const firstClaim = data.claims.values().next().value
  const spec: ExportSpec | undefined = text && {
    text,
    legend: [
      ...members
        .filter((m) => !hidden.has(m.id))
        .map((m) => ({
          label: m.name,
          colour: seriesColour(members.indexOf(m)),
          shape: 'square' as const,
        })),
      ...(claimShown
        ? [
            {
              label: `Claim: ${formatFigure(claimShown, state.unit)}`,
              colour: 'var(--text)',
              shape: 'dashed' as const,
            },
          ]
        : []),
    ],
    note: QUALIFIER_LEGEND,
    rows: totals.flatMap((t) =>
      t.counted
        .filter((r) => !hidden.has(r.market.id))
        .map((r) => exportRow(r, state.metric, t.group.name)),
    ),
  }

  return (
    <ViewLayout
      embed={embed}
      controls={
        <>
          <MetricSelect value={state.metric} onChange={(metric) => update({ metric })} />
          <YearSelect
            data={data}
            metric={state.metric}
            year={state.year}
            shownYear={year}
            defaultLabel={claim ? 'Year of the claim' : 'Latest well-covered'}
            onChange={(y) => update({ year: y })}
          />
          <PickSelect data={data} pick={state.pick} onChange={(pick) => update({ pick })} />
          <UnitSwitch value={state.unit} onChange={(unit) => update({ unit })} />
          {firstClaim ? (
            <label className="checkbox-field">
              <input
                type="checkbox"
                checked={claim !== undefined}
                onChange={(e) =>
                  // Turning the claim off keeps its groups on screen: they become the link's own.
                  update(e.target.checked ? { claim: null } : { claim: NO_CLAIM, groups: groups })
                }
              />
              Check the claim
            </label>
          ) : null}
        </>
      }
      before={
        <>
          {claim ? (
            <ClaimCard claim={claim} unit={state.unit} metricMatches={claimShown !== undefined} />
          ) : null}
          <Warnings totals={totals} year={year} />
        </>
      }
      chart={
        groups.length === 0 ? (
          <p className="empty-state">Add a group of markets to compare, or check the claim.</p>
        ) : spec === undefined || year === undefined ? (
          <p className="empty-state">No market in these datasets has a figure for this metric.</p>
        ) : (
          <ChartFrame
            spec={spec}
            footer={
              <Legend
                items={members.map((m, i) => ({
                  key: m.id,
                  label: m.name,
                  colour: seriesColour(i),
                  hidden: hidden.has(m.id),
                }))}
                onToggle={(key) => setHidden(toggled(hidden, key))}
                note={`Members hidden here are still counted in the totals. ${QUALIFIER_LEGEND}`}
              />
            }
          >
            {totals.some((t) => t.counted.length > 0) ? (
              <CompareChart totals={totals} claim={claimShown} unit={state.unit} hidden={hidden} />
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
          <h3 className="section-title">Groups</h3>
          <GroupEditor
            groups={groups}
            choices={choices}
            onChange={(next) => update({ groups: next })}
          />
          {text ? (
            <FiguresTable
              rows={tableRows}
              unit={state.unit}
              group="Group"
              note
              caption={`${text.title}: each member’s figure, with its source`}
            />
          ) : null}
        </>
      }
    />
  )
}

function ClaimCard({
  claim,
  unit,
  metricMatches,
}: {
  claim: NonNullable<ReturnType<typeof activeClaim>>
  unit: ViewProps['state']['unit']
  metricMatches: boolean
}) {
  return (
    <aside className="claim-card" aria-label="The claim checked">
      <p className="claim-card__label">Claim checked</p>
      <blockquote className="claim-card__statement">“{claim.statement}”</blockquote>
      <p className="claim-card__source">
        {claimLine(claim, unit)}.{' '}
        <a href={claim.url} target="_blank" rel="noopener noreferrer">
          The report
        </a>{' '}
        ·{' '}
        <a href={claim.quoteUrl} target="_blank" rel="noopener noreferrer">
          where it was read
        </a>
        : “{claim.quote}”
      </p>
      {!metricMatches ? (
        <p className="claim-card__note">
          The claim is about {formatFigure(claim, unit)} of operational capacity; choose that metric
          to draw its line.
        </p>
      ) : null}
    </aside>
  )
}

function Warnings({
  totals,
  year,
}: {
  totals: ReturnType<typeof groupTotal>[]
  year: number | undefined
}) {
  const lines: string[] = []
  for (const t of totals) {
    for (const d of t.doubleCounts) {
      const notAdded = t.notAdded.find((n) => n.row.market.id === d.market.id)
      lines.push(
        `${t.group.name} holds ${d.inside.name} and ${d.market.name}, which lies inside it: ` +
          (notAdded
            ? `${d.market.name}’s ${formatFigure(notAdded.row.drawn)} is not added again.`
            : `only one of them has a figure${year ? ` for ${year}` : ''}, so nothing is counted twice.`),
      )
    }
    if (t.missing.length > 0)
      lines.push(
        `${t.group.name}: no sourced figure${year ? ` for ${year}` : ''} for ${listNames(t.missing.map((m) => m.name))}; the total leaves ${t.missing.length === 1 ? 'it' : 'them'} out and is a lower bound.`,
      )
    if (t.unknown.length > 0)
      lines.push(
        `${t.group.name}: ${listNames(t.unknown)} ${t.unknown.length === 1 ? 'is' : 'are'} not in the loaded data.`,
      )
  }
  if (lines.length === 0) return null
  return (
    <ul className="warnings" aria-label="Warnings about these groups">
      {lines.map((line) => (
        <li key={line} className="warning">
          <span aria-hidden="true">⚠ </span>
          {line}
        </li>
      ))}
    </ul>
  )
}
