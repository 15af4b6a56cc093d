/** The market picker's panel: search, markets by region, a whole region at once. */
import { useId, useMemo, useState } from 'react'
import { regionLabel } from '../charts/format'
import type { Market } from '../data/schema'
import { t } from '../i18n/locale'
import { collate } from '../lib/collate'

/** A market as the picker needs it: known from the catalog before its dataset has loaded. */
export type MarketChoice = Pick<Market, 'id' | 'name' | 'region' | 'level'>

export type MarketListProps = {
  /** Every market the user can choose from. */
  markets: MarketChoice[]
  /** null: all of them. */
  selected: string[] | null
  onChange: (ids: string[] | null) => void
}

export function MarketList({ markets, selected, onChange }: MarketListProps) {
  const [query, setQuery] = useState('')
  const searchId = useId()
  const chosen = useMemo(() => new Set(selected ?? markets.map((m) => m.id)), [selected, markets])
  const regions = useMemo(() => {
    const byRegion = new Map<string, MarketChoice[]>()
    for (const market of [...markets].sort((a, b) => collate(a.name, b.name))) {
      const list = byRegion.get(market.region) ?? []
      list.push(market)
      byRegion.set(market.region, list)
    }
    return [...byRegion.entries()]
  }, [markets])
  const needle = query.trim().toLowerCase()

  const commit = (next: Set<string>) => {
    // All markets chosen is the default, so the URL stays short.
    if (markets.every((m) => next.has(m.id))) onChange(null)
    else onChange(markets.filter((m) => next.has(m.id)).map((m) => m.id))
  }
  const toggle = (id: string) => {
    const next = new Set(chosen)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    commit(next)
  }
  const setRegion = (list: MarketChoice[], on: boolean) => {
    const next = new Set(chosen)
    for (const m of list) {
      if (on) next.add(m.id)
      else next.delete(m.id)
    }
    commit(next)
  }

  return (
    <div className="market-picker__panel">
      <label htmlFor={searchId} className="visually-hidden">
        {t('markets.search')}
      </label>
      <input
        id={searchId}
        type="search"
        placeholder={t('markets.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
      {regions.map(([region, list]) => {
        const visible = list.filter(
          (m) => m.name.toLowerCase().includes(needle) || m.id.includes(needle),
        )
        if (visible.length === 0) return null
        const label = regionLabel(region)
        return (
          <fieldset key={region} className="market-picker__region">
            <legend>{label}</legend>
            <div className="market-picker__region-actions">
              <button
                type="button"
                className="button-quiet"
                onClick={() => setRegion(list, true)}
                aria-label={t('markets.allOf', { region: label })}
              >
                {t('markets.all')}
              </button>
              <button
                type="button"
                className="button-quiet"
                onClick={() => setRegion(list, false)}
                aria-label={t('markets.noneOf', { region: label })}
              >
                {t('markets.none')}
              </button>
            </div>
            {visible.map((market) => (
              <label key={market.id} className="market-picker__option">
                <input
                  type="checkbox"
                  checked={chosen.has(market.id)}
                  onChange={() => toggle(market.id)}
                />
                {market.name}
                {market.level === 'country' ? (
                  <span className="market-picker__level"> {t('market.country')}</span>
                ) : null}
              </label>
            ))}
          </fieldset>
        )
      })}
    </div>
  )
}
