import type { MarketChoice } from '../controls/MarketPicker'
import type { AtlasData } from '../data/atlasData'
import type { Update } from '../view/useViewState'
import type { UrlKey, ViewState } from '../view/viewState'

/** What every view gets from the page. */
export type ViewProps = {
  data: AtlasData
  /** Every market of the catalog, loaded or not. */
  choices: MarketChoice[]
  state: ViewState
  update: Update
  /** Embedded: the chart alone, no controls. */
  embed: boolean
  /** The URL keys the view reads (its registry line): its controls. */
  reads: readonly UrlKey[]
}
