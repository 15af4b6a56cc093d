import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseUrl } from '../../../src/view/parseUrl'
import { VIEWS } from '../../../src/view/viewState'
import { VIEW_REGISTRY, VIEW_TABS } from '../../../src/views/index'

describe('the view registry', () => {
  it('has one tab per view of the URL, the landing view first', () => {
    expect([...VIEW_TABS].sort()).toEqual([...VIEWS].sort())
    expect(VIEW_TABS[0]).toBe(parseUrl('').state.view)
  })

  it('lists only keys the README documents, each view with its pick rule and unit', () => {
    const readme = readFileSync('README.md', 'utf8')
    const urlTable = readme.slice(readme.indexOf('## URL'), readme.indexOf('### Adding a dataset'))
    for (const [view, entry] of Object.entries(VIEW_REGISTRY)) {
      for (const key of entry.reads)
        expect(urlTable, `${view} reads ${key}`).toContain(`\`${key}\``)
      // Every view draws picked figures in a unit: the two controls it must always offer.
      expect(entry.reads).toEqual(expect.arrayContaining(['pick', 'unit']))
    }
  })
})
