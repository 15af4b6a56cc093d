import { describe, expect, it } from 'vitest'
import { combineDatasets } from '../../../src/data/atlasData'
import { parseUrl } from '../../../src/view/parseUrl'
import { honouredState } from '../../../src/view/resolveView'
import { DEFAULT_VIEW_STATE } from '../../../src/view/viewState'
import { bundledDatasets } from '../../helpers/bundledData'

const data = combineDatasets(bundledDatasets())

describe('honouredState: what the data cannot honour falls back to the default', () => {
  it('an unknown publisher and claim give way to the default pick and claim', () => {
    const { state } = parseUrl('?view=ranking&pick=foo&claim=bar&year=2024')
    const shown = honouredState(state, data)
    expect(shown.pick).toBe(DEFAULT_VIEW_STATE.pick)
    expect(shown.claim).toBe(DEFAULT_VIEW_STATE.claim)
    expect(shown.year).toBe(2024)
  })

  it('a publisher and a claim the data holds are kept, and so is "no claim"', () => {
    const publisher = [...data.publishers.keys()][0] as string
    const claim = [...data.claims.keys()][0] as string
    const { state } = parseUrl(`?pick=${publisher}&claim=${claim}`)
    expect(honouredState(state, data)).toBe(state)
    const none = parseUrl('?claim=none').state
    expect(honouredState(none, data)).toBe(none)
  })
})
