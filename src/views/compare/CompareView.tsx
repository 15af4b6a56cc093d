/** Groups of markets side by side, stacked by member, checked against a published claim. */
import { type ReactNode, useMemo, useState } from 'react'
import { ChartFrame } from '../../charts/ChartFrame'
import { pickRuleText } from '../../charts/chartText'
import { type ExportSpec, exportRow } from '../../charts/exportSpec'
import { formatFigure, listNames, qualifierLegend, regionalName } from '../../charts/format'
import { Legend, toggled } from '../../charts/Legend'
import { FiguresTable, type TableRow } from '../../charts/table/FiguresTable'
import { LazyDetails } from '../../controls/LazyDetails'
import { groupTotal } from '../../data/select/groupTotals'
import { marketsInView } from '../../data/select/marketsInView'
import { nameInSentence, t, tn, withPanelWords } from '../../i18n/locale'
import { lazyComponent } from '../../lib/lazyComponent'
import { activeClaim, compareYear, groupsInView } from '../../view/resolveView'
import { NO_CLAIM } from '../../view/viewState'
import { EmptyYear } from '../EmptyYear'
import { ViewLayout } from '../ViewLayout'
import type { ViewProps } from '../viewProps'
import { CompareChart, memberOrder } from './CompareChart'
import { claimByPublisher, memberCount } from './claimCheck'
import { claimLine, compareText, likeForLikeText } from './compareText'
import { GroupEditor } from './GroupEditor'

// The claim's table by publisher and by scope: its code and words load when a reader opens it.
const claimCheckPanel = lazyComponent(() =>
  withPanelWords(import('./ClaimCheckPanel')).then((m) => m.ClaimCheckPanel),
)

export function CompareView(page: ViewProps) {
  const { data, choices, state, update } = page
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set())
  const claim = activeClaim(state, data)
  const groups = useMemo(() => groupsInView(state, claim, regionalName), [state, claim])
  const year = compareYear(state, data, claim)
  const groupYears = useMemo(
    () => ({
      markets: marketsInView(
        data,
        groups.flatMap((g) => g.markets),
      ),
    }),
    [data, groups],
  )
  const totals = useMemo(
    () =>
      year === undefined
        ? []
        : groups.map((g) => groupTotal(data, g, state.metric, year, state.pick)),
    [data, groups, state.metric, year, state.pick],
  )
  // One axis for every year the timeline plays: the largest total any year has.
  const top = useMemo(
    () =>
      Math.max(
        0,
        ...data
          .yearsOf(state.metric)
          .flatMap(({ year }) =>
            groups.map((g) => groupTotal(data, g, state.metric, year, state.pick).total),
          ),
      ),
    [data, groups, state.metric, state.pick],
  )
  const { rule } = pickRuleText(state.pick, data.publishers, state.scope)
  // The claim checked by whose numbers: its own groups, in the year shown.
  const claimGroups = useMemo(
    () => groupsInView({ ...state, groups: null }, claim, regionalName),
    [state, claim],
  )
  const claimCheck = useMemo(() => {
    if (!claim || year === undefined || claim.metric !== state.metric) return undefined
    const headline = claimGroups.map((g) => groupTotal(data, g, state.metric, year, state.pick))
    const byPublisher = claimByPublisher(data, claimGroups, state.metric, year)
    return {
      byPublisher,
      sentence: likeForLikeText(headline, byPublisher, memberCount(claimGroups), year, claim),
    }
  }, [claim, claimGroups, data, state.metric, state.pick, year])
  const claimShown = claim && claim.metric === state.metric ? claim : undefined
  const text =
    year === undefined
      ? undefined
      : compareText(totals, state.metric, year, rule, claimShown, data.datasets, state.unit)
  const members = memberOrder(totals)
  const tableRows: TableRow[] = totals.flatMap((g) => [
    ...g.counted.map((r) => ({ ...r, group: g.group.name })),
    ...g.notAdded.map((n) => ({
      ...n.row,
      group: g.group.name,
      note: t('compare.notAddedNote', { inside: n.inside.name }),
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
          colour: m.colour,
          shape: 'square' as const,
        })),
      ...(claimShown
        ? [
            {
              label: t('compare.legend.claim', { figure: formatFigure(claimShown, state.unit) }),
              colour: 'var(--text)',
              shape: 'dashed' as const,
            },
          ]
        : []),
    ],
    note: qualifierLegend(),
    rows: totals.flatMap((g) =>
      g.counted
        .filter((r) => !hidden.has(r.market.id))
        .map((r) => exportRow(r, state.metric, g.group.name)),
    ),
    loadDeck: () =>
      import('./compareDeck').then((m) =>
        m.compareDeck(
          totals,
          members,
          hidden,
          state.unit,
          claimShown && {
            label: t('compare.legend.claim', { figure: formatFigure(claimShown, state.unit) }),
            figure: claimShown,
          },
        ),
      ),
  }

  return (
    <ViewLayout
      page={page}
      filters={{
        shownYear: year,
        yearLabel: claim ? t('year.ofClaim') : t('year.latest'),
        timeline: groupYears,
      }}
      controls={
        firstClaim ? (
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={claim !== undefined}
              onChange={(e) =>
                // Turning the claim off keeps its groups on screen: they become the link's own.
                update(e.target.checked ? { claim: null } : { claim: NO_CLAIM, groups: groups })
              }
            />
            {t('compare.checkClaim')}
          </label>
        ) : null
      }
      before={
        <>
          {claim ? (
            <ClaimCard claim={claim} unit={state.unit} metricMatches={claimShown !== undefined}>
              {claimCheck && year !== undefined ? (
                <>
                  <p className="claim-card__check">{claimCheck.sentence}</p>
                  <LazyDetails
                    className="claim-check__details"
                    summary={t('claimCheck.open')}
                    panel={claimCheckPanel}
                    panelProps={{
                      data,
                      groups: claimGroups,
                      metric: state.metric,
                      year,
                      unit: state.unit,
                      byPublisher: claimCheck.byPublisher,
                    }}
                  />
                </>
              ) : null}
            </ClaimCard>
          ) : null}
          <Warnings totals={totals} year={year} />
        </>
      }
      chart={
        groups.length === 0 ? (
          <p className="empty-state">{t('compare.noGroups')}</p>
        ) : spec === undefined || year === undefined ? (
          <p className="empty-state">{t('chart.noMetric')}</p>
        ) : (
          <ChartFrame
            spec={spec}
            footer={
              <Legend
                items={members.map((m) => ({
                  key: m.id,
                  label: m.name,
                  colour: m.colour,
                  hidden: hidden.has(m.id),
                }))}
                onToggle={(key) => setHidden(toggled(hidden, key))}
                note={`${t('compare.hiddenCounted')} ${qualifierLegend()}`}
              />
            }
          >
            {totals.some((g) => g.counted.length > 0) ? (
              <CompareChart
                totals={totals}
                claim={claimShown}
                unit={state.unit}
                hidden={hidden}
                top={top}
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
          <h3 className="section-title">{t('compare.groups')}</h3>
          <GroupEditor
            groups={groups}
            choices={choices}
            onChange={(next) => update({ groups: next })}
          />
          {text ? (
            <FiguresTable
              rows={tableRows}
              unit={state.unit}
              group={t('table.group')}
              caption={t('compare.caption', { year: String(year) })}
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
  children,
}: {
  claim: NonNullable<ReturnType<typeof activeClaim>>
  unit: ViewProps['state']['unit']
  metricMatches: boolean
  children?: ReactNode
}) {
  return (
    <aside className="claim-card" aria-label={t('claim.aria')}>
      <p className="claim-card__label">{t('claim.label')}</p>
      <blockquote className="claim-card__statement">“{claim.statement}”</blockquote>
      <p className="claim-card__source">
        {claimLine(claim, unit)}.{' '}
        <a href={claim.url} target="_blank" rel="noopener noreferrer">
          {t('claim.report')}
        </a>{' '}
        ·{' '}
        <a href={claim.quoteUrl} target="_blank" rel="noopener noreferrer">
          {t('claim.whereRead')}
        </a>
        : “{claim.quote}”
      </p>
      {!metricMatches ? (
        <p className="claim-card__note">
          {t('claim.otherMetric', { figure: formatFigure(claim, unit) })}
        </p>
      ) : null}
      {children}
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
  for (const g of totals) {
    for (const d of g.doubleCounts) {
      const notAdded = g.notAdded.find((n) => n.row.market.id === d.market.id)
      lines.push(
        t('warning.inside', {
          group: g.group.name,
          outer: nameInSentence(d.inside.name),
          inner: nameInSentence(d.market.name),
        }) +
          (notAdded
            ? t('warning.notAdded', {
                inner: nameInSentence(d.market.name),
                figure: formatFigure(notAdded.row.drawn),
              })
            : t(year ? 'warning.onlyOneInYear' : 'warning.onlyOne', { year: String(year) })),
      )
    }
    if (g.missing.length > 0)
      lines.push(
        tn(year ? 'warning.missingInYear' : 'warning.missing', g.missing.length, {
          group: g.group.name,
          year: String(year),
          names: listNames(g.missing.map((m) => m.name)),
        }),
      )
    if (g.unknown.length > 0)
      lines.push(
        tn('warning.unknown', g.unknown.length, {
          group: g.group.name,
          names: listNames(g.unknown),
        }),
      )
  }
  if (lines.length === 0) return null
  return (
    <ul className="warnings" aria-label={t('warning.aria')}>
      {lines.map((line) => (
        <li key={line} className="warning">
          <span aria-hidden="true">⚠ </span>
          {line}
        </li>
      ))}
    </ul>
  )
}
