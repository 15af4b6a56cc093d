/**
 * The prerendered landing's head (scripts/prerenderLanding.mjs): the app's loads leave the head
 * for the list public/landing-check.js starts after the first paint, and a page without the
 * drawn landing (the bench's stress build) gets them back as the build wrote them.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  appLoadsDeferred,
  withoutCopy,
  withoutPrerender,
} from '../../../scripts/prerenderLanding.mjs'
import { DEFAULT_VIEW_STATE } from '../../../src/view/viewState'

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <title>Megawatt Atlas</title>
    <script type="module" crossorigin src="./assets/index-A1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-B2.js">
    <link rel="stylesheet" crossorigin href="./assets/index-C3.css">
    <link rel="preload" href="./assets/inter-D4.woff2" as="font" type="font/woff2" crossorigin="">
    <link rel="preload" href="./data/catalog.json" as="fetch" crossorigin="anonymous">
    <link rel="modulepreload" crossorigin="" href="./assets/CartesianChart-E5.js" data-views="compare ranking">
    <link rel="modulepreload" crossorigin="" href="./assets/MapView-H8.js" data-views="map">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

const loadsOf = (html: string) =>
  JSON.parse(html.match(/<script type="application\/json" id="app-loads">([^<]*)</)?.[1] ?? 'null')

describe('the app loads after the painted landing', () => {
  it('takes the entry, module preloads and data preloads out of the head, in their order', () => {
    const html = appLoadsDeferred(BUILT)
    expect(html).not.toContain('type="module"')
    expect(html).not.toContain('modulepreload')
    expect(html).not.toContain('as="fetch"')
    expect(loadsOf(html)).toEqual({
      entry: './assets/index-A1.js',
      preloads: [
        ['module', './assets/react-B2.js'],
        ['fetch', './data/catalog.json'],
        ['module', './assets/CartesianChart-E5.js', ['compare', 'ranking']],
        ['module', './assets/MapView-H8.js', ['map']],
      ],
    })
  })

  it('starts the loads at once for a page without a drawn landing, the views kept', () => {
    const loads = loadsOf(withoutCopy(appLoadsDeferred(BUILT, ['./assets/CompareView-F6.js'])))
    expect(loads.copy).toBe(false)
    expect(loads.preloads.map(([kind]: string[]) => kind)).not.toContain('landing')
    expect(loads.preloads).toContainEqual(['module', './assets/MapView-H8.js', ['map']])
  })

  it("opens on the app's own default view when the address names none", () => {
    // public/landing-check.js preloads that view's modules for an address without view=.
    const check = readFileSync('public/landing-check.js', 'utf8')
    expect(check).toContain(`: '${DEFAULT_VIEW_STATE.view}'`)
  })

  it('keeps what the first paint needs in the head: the stylesheet and the font', () => {
    const html = appLoadsDeferred(BUILT)
    expect(html).toContain('rel="stylesheet"')
    expect(html).toContain('as="font"')
    // The list comes before the script that reads it.
    expect(html.indexOf('id="app-loads"')).toBeLessThan(html.indexOf('landing-check.js'))
  })

  it('adds the scripts the landing ran when drawn, once each', () => {
    const html = appLoadsDeferred(BUILT, [
      './assets/index-A1.js',
      './assets/react-B2.js',
      './assets/CompareView-F6.js',
      './assets/mountApp-G7.js',
    ])
    // Marked as the landing's: a link to another view does not preload them.
    expect(loadsOf(html).preloads.slice(4)).toEqual([
      ['landing', './assets/CompareView-F6.js'],
      ['landing', './assets/mountApp-G7.js'],
    ])
    expect(withoutPrerender(html)).not.toContain('CompareView')
  })

  it('names the views painted for their own address, which a page without a copy drops', () => {
    const html = appLoadsDeferred(BUILT, [], { painted: ['ranking', 'map'] })
    expect(loadsOf(html).painted).toEqual(['ranking', 'map'])
    expect(loadsOf(appLoadsDeferred(BUILT)).painted).toBeUndefined()
    expect(loadsOf(withoutCopy(html)).painted).toBeUndefined()
  })

  it('refuses a page without an entry script rather than ship a landing that never starts', () => {
    expect(() => appLoadsDeferred(BUILT.replace(/<script type="module"[^\n]*\n/, ''))).toThrow()
  })

  it('gives a page without the landing its loads back in the head', () => {
    const page = withoutPrerender(appLoadsDeferred(BUILT))
    expect(page).not.toContain('app-loads')
    expect(page).not.toContain('landing-check.js')
    expect(page).toContain('<script type="module" crossorigin src="./assets/index-A1.js"></script>')
    expect(page).toContain('<link rel="modulepreload" crossorigin href="./assets/react-B2.js">')
    expect(page).toContain(
      '<link rel="preload" href="./data/catalog.json" as="fetch" crossorigin="anonymous">',
    )
    expect(page.indexOf('react-B2')).toBeLessThan(page.indexOf('catalog.json'))
    expect(page).toContain('href="./assets/MapView-H8.js" data-views="map">')
  })
})
