import { describe, expect, it } from 'vitest'
import { dataAddress } from '../../../src/data/dataAddress'
import { parseUrl, shown } from '../../../src/view/parseUrl'
import { serializeUrl } from '../../../src/view/serializeUrl'

const page = 'https://atlas.example.org/tools/atlas/?view=ranking'
const kindOf = (value: string) => dataAddress(value, page).kind

describe('where a link’s data= points', () => {
  it('beside the app: a path, or an address on the app’s own origin, loads as it is', () => {
    expect(kindOf('examples/my-dataset.json')).toBe('same-origin')
    expect(kindOf('/data/figures.csv')).toBe('same-origin')
    expect(kindOf('https://atlas.example.org/other/figures.csv')).toBe('same-origin')
    const address = dataAddress('examples/my-dataset.json', page)
    expect(address.kind === 'same-origin' && address.url.href).toBe(
      'https://atlas.example.org/tools/atlas/examples/my-dataset.json',
    )
  })

  it('another site, a protocol-relative address or another port of the same host: the reader is asked, the host named', () => {
    expect(dataAddress('http://198.51.100.7/track.csv', page)).toMatchObject({
      kind: 'other-origin',
      host: '198.51.100.7',
    })
    expect(dataAddress('//198.51.100.7/track.csv', page)).toMatchObject({
      kind: 'other-origin',
      host: '198.51.100.7',
    })
    expect(dataAddress('http://atlas.example.org/figures.csv', page).kind).toBe('other-origin')
    expect(dataAddress('https://atlas.example.org:8443/figures.csv', page)).toMatchObject({
      kind: 'other-origin',
      host: 'atlas.example.org:8443',
    })
  })

  it('javascript: and data: addresses name no dataset: refused', () => {
    expect(kindOf('javascript:alert(1)')).toBe('refused')
    expect(kindOf('data:text/csv,market%2Cvalue')).toBe('refused')
    expect(kindOf('file:///etc/passwd')).toBe('refused')
  })

  it('the link parser refuses them too, with a notice, and keeps a foreign address for the next reader', () => {
    for (const value of ['javascript:alert(1)', 'data:text/csv,a,b']) {
      const { state, ignored } = parseUrl(`?data=${encodeURIComponent(value)}`)
      expect(state.data).toBeNull()
      expect(ignored.map((i) => ({ ...i, reason: i.reason() }))).toEqual([
        expect.objectContaining({
          key: 'data',
          value,
          reason: 'data must be the http(s) address of a JSON or CSV dataset',
        }),
      ])
      expect(shown(value)).toBe(value)
    }
    const foreign = parseUrl('?view=ranking&data=http://198.51.100.7/track.csv')
    expect(foreign.state.data).toBe('http://198.51.100.7/track.csv')
    const written = serializeUrl(foreign.state, [])
    expect(parseUrl(written).state.data).toBe('http://198.51.100.7/track.csv')
  })
})
