/**
 * The claim by whose numbers: a table of each publisher's totals from its own figures, and one of
 * each scope's, with the ratio and the members each lacks. Loads when a reader opens it.
 */
import { useMemo } from 'react'
import {
  basisLabel,
  formatFigureShort,
  formatRatioReading,
  listNames,
  scopeLabel,
} from '../../charts/format'
import type { AtlasData } from '../../data/atlasData'
import type { Group } from '../../data/groups'
import type { Metric } from '../../data/metrics'
import type { Scope } from '../../data/schema'
import { t } from '../../i18n/locale'
import type { DisplayUnit } from '../../view/viewState'
import { type ClaimReading, claimByScope, memberCount } from './claimCheck'
import { formatTotal } from './compareText'

export function ClaimCheckPanel({
  data,
  groups,
  metric,
  year,
  unit,
  byPublisher,
}: {
  data: AtlasData
  groups: Group[]
  metric: Metric
  year: number
  unit: DisplayUnit
  byPublisher: ClaimReading[]
}) {
  const byScope = useMemo(
    () => claimByScope(data, groups, metric, year),
    [data, groups, metric, year],
  )
  const members = memberCount(groups)
  return (
    <div className="claim-check">
      <ReadingTable
        caption={t('claimCheck.byPublisher', { year: String(year) })}
        head={t('claimCheck.col.publisher')}
        kind="publisher"
        readings={byPublisher}
        groups={groups}
        members={members}
        unit={unit}
      />
      <ReadingTable
        caption={t('claimCheck.byScope', { year: String(year) })}
        head={t('claimCheck.col.scope')}
        kind="scope"
        readings={byScope}
        groups={groups}
        members={members}
        unit={unit}
      />
      <p className="claim-check__note">{t('claimCheck.tableNote')}</p>
    </div>
  )
}

function ReadingTable({
  caption,
  head,
  kind,
  readings,
  groups,
  members,
  unit,
}: {
  caption: string
  head: string
  kind: 'publisher' | 'scope'
  readings: ClaimReading[]
  groups: Group[]
  members: number
  unit: DisplayUnit
}) {
  return (
    <div className="table-scroll">
      <table className="claim-check__table" data-by={kind}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            {groups.map((g) => (
              <th scope="col" key={g.name}>
                {g.name}
              </th>
            ))}
            <th scope="col">{t('claimCheck.col.ratio')}</th>
            <th scope="col">{t('claimCheck.col.coverage')}</th>
            <th scope="col">{t('claimCheck.col.mix')}</th>
          </tr>
        </thead>
        <tbody>
          {readings.map((r) => (
            <tr key={r.by} data-by={r.by} className={r.complete ? undefined : 'is-incomplete'}>
              <th scope="row">{kind === 'scope' ? scopeLabel(r.by as Scope) : r.by}</th>
              {r.totals.map((g) => (
                <td key={g.group.name} data-group={g.group.name} data-label={g.group.name}>
                  <strong className="claim-check__total">
                    {g.counted.length > 0 ? formatTotal(g, unit) : '–'}
                  </strong>
                  <span className="claim-check__members">
                    {g.counted.map((row) => (
                      <span
                        key={row.market.id}
                        data-market={row.market.id}
                        data-value={row.drawn.value}
                        data-qualifier={row.drawn.qualifier ?? ''}
                      >
                        {row.market.name} {formatFigureShort(row.drawn, unit)}
                        {kind === 'scope' ? ` (${row.source.publisher})` : ''}
                      </span>
                    ))}
                  </span>
                </td>
              ))}
              <td data-label={t('claimCheck.col.ratio')}>
                {r.ratio ? formatRatioReading(r.ratio) : t('claimCheck.noRatio')}
              </td>
              <td data-label={t('claimCheck.col.coverage')}>
                {r.complete
                  ? t('claimCheck.row.complete', { count: members })
                  : t('claimCheck.row.incomplete', {
                      names: listNames(r.lacking.map((m) => m.name)),
                    })}
              </td>
              <td className="claim-check__mix" data-label={t('claimCheck.col.mix')}>
                {kind === 'publisher'
                  ? r.mix.scopes.map(scopeLabel).join('; ')
                  : listNames(r.mix.publishers)}
                {' · '}
                {listNames(r.mix.bases.map(basisLabel))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
