/**
 * What a link asked for that the page could not give: values the parser ignored, pinned versions
 * no longer bundled, ids the loaded data does not hold, each with what is shown instead. Loaded
 * only for a link that carries such values (App), with its words.
 */
import type { AtlasData } from '../data/atlasData'
import type { Substitution } from '../data/datasetVersions'
import { checkAgainstData, pinNotices } from '../view/checkAgainstData'
import { withFallback } from '../view/fallbackText'
import { shownYear } from '../view/resolveView'
import type { Ignored, ViewState } from '../view/viewState'
import { Notices } from './Notices'

export type LinkNoticesProps = {
  ignored: Ignored[]
  state: ViewState
  /** Undefined until the data is in: only the parser's notices can be said before. */
  loaded?: { data: AtlasData; substitutions: Substitution[]; complete: boolean }
}

export function LinkNotices({ ignored, state, loaded }: LinkNoticesProps) {
  const items = loaded
    ? [
        ...withFallback(ignored, state, shownYear(state, loaded.data)),
        ...pinNotices(loaded.substitutions),
        ...checkAgainstData(state, loaded.data, loaded.complete),
      ]
    : ignored
  return <Notices items={items} />
}
