/** Choose markets: searchable, grouped by region, a whole region at once. */

import { t, withWords } from '../i18n/locale'
import { lazyComponent } from '../lib/lazyComponent'
import { LazyDetails } from './LazyDetails'
import type { MarketChoice, MarketListProps } from './MarketList'

export type { MarketChoice }

// The list (a few dozen checkboxes and their code) loads and draws only when the picker opens.
const marketList = lazyComponent(() => withWords(import('./MarketList')).then((m) => m.MarketList))

export function MarketPicker(props: MarketListProps) {
  const { markets, selected } = props
  const count =
    selected === null ? markets.length : markets.filter((m) => selected.includes(m.id)).length
  return (
    <LazyDetails
      className="market-picker"
      summary={
        <>
          {t('markets.label')}{' '}
          <span className="market-picker__count">
            {count === markets.length
              ? t('markets.countAll', { count })
              : t('markets.countSome', { count, total: markets.length })}
          </span>
        </>
      }
      panel={marketList}
      panelProps={props}
    />
  )
}
