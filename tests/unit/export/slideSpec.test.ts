/**
 * The slide a view becomes: its chart as values, labels that keep qualifiers, and notes that cite
 * every figure. Expectations come from the record (record/capacity-figures.csv, read by the
 * tests' own parser), not from the code under test.
 */
import JSZip from 'jszip'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { exportRow } from '../../../src/charts/exportSpec'
import { combineDatasets } from '../../../src/data/atlasData'
import { groupTotal } from '../../../src/data/select/groupTotals'
import { marketsInView } from '../../../src/data/select/marketsInView'
import { figureNotes, slideSpec } from '../../../src/export/deck/slideSpec'
import { numberFormat, qualifyLabels, writeDeck } from '../../../src/export/deck/writeDeck'
import { citedSources } from '../../../src/export/report/reportStore'
import { loadLang, setLang } from '../../../src/i18n/locale'
import { compareDeck } from '../../../src/views/compare/compareDeck'
import { mapSeries } from '../../../src/views/map/mapSeries'
import { mapText } from '../../../src/views/map/mapText'
import { pipelineDeck } from '../../../src/views/pipeline/pipelineDeck'
import { pipelineSeries } from '../../../src/views/pipeline/pipelineSeries'
import { rankingDeck } from '../../../src/views/ranking/rankingDeck'
import { rankingSeries } from '../../../src/views/ranking/rankingSeries'
import { trendDeck } from '../../../src/views/trend/trendDeck'
import { trendSeries } from '../../../src/views/trend/trendSeries'
import { bundledDatasets } from '../../helpers/bundledData'
import { type RecordRow, recordRows, shownName } from '../../helpers/recordRows'

// The current release: the record/ copy is its source.
const data = combineDatasets(bundledDatasets())
const record = recordRows()
const SEA = ['singapore', 'malaysia', 'thailand', 'indonesia']
const LINK = 'https://atlas.example/?view=ranking&ds=sea@2026.11'

/** The record's rows for a market, metric and year. */
const recorded = (name: string, metric: string, year: number): RecordRow[] =>
  record.filter((r) => shownName(r) === name && r.metric === metric && Number(r.year) === year)

beforeAll(() => loadLang('pt-BR'))
afterEach(() => setLang('en'))

describe('a ranking slide', () => {
  const { rows } = rankingSeries(data, marketsInView(data, SEA), 'operational', 2025, 'latest')
  const chart = rankingDeck(rows, 'operational', 'mw')

  it('draws a bar per market, highest first, each value one the record gives that market', () => {
    expect(chart).toMatchObject({ type: 'bar', across: true, stacked: false, unit: 'MW' })
    const [series] = chart.series
    const values = series?.points.map((p) => p?.value) ?? []
    expect(values).toEqual([...values].sort((a = 0, b = 0) => b - a))
    chart.categories.forEach((name, i) => {
      const options = recorded(name, 'operational', 2025).map((r) => Number(r.value_mw))
      expect(options, name).toContain(values[i])
    })
    expect(new Set(series?.pointColours).size).toBe(1) // four Southeast Asian markets, one colour
  })

  it('cites every figure in the notes: publisher, report, address, period', () => {
    const notes = figureNotes(
      rows.map((r) => exportRow(r, 'operational')),
      LINK,
    )
    for (const r of rows) {
      const line = notes.split('\n').find((l) => l.startsWith(`• ${r.market.name}:`)) ?? ''
      const source = recorded(r.market.name, 'operational', 2025).find(
        (row) => Number(row.value_mw) === r.drawn.value && line.includes(row.url ?? '-'),
      )
      expect(source, line).toBeDefined()
      expect(line).toContain(source?.publisher)
      expect(line).toContain(source?.period)
    }
    expect(notes).toContain(LINK)
  })

  it('writes a deck whose chart holds the values and whose notes hold the sources', async () => {
    const spec = {
      text: {
        title: 'Operational capacity, 2025',
        subtitle: 's',
        sourceLine: 'Sources: x',
        summary: '',
      },
      legend: [],
      rows: rows.map((r) => exportRow(r, 'operational')),
      deck: chart,
    }
    const blob = await writeDeck([{ slide: slideSpec(spec, LINK) }])
    const zip = await JSZip.loadAsync(await blob.arrayBuffer())
    const part = Object.keys(zip.files).find((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
    const xml = (await zip.file(part ?? '')?.async('string')) ?? ''
    for (const r of rows) expect(xml).toContain(`<c:v>${r.drawn.value}</c:v>`)
    expect(xml).toContain('<c:barDir val="bar"/>')
    const slideXml = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? ''
    expect(slideXml).toContain('Operational capacity, 2025')
    const notesFile = Object.keys(zip.files).find((f) => /notesSlides\/notesSlide\d+\.xml$/.test(f))
    const notesXml = (await zip.file(notesFile ?? '')?.async('string')) ?? ''
    for (const r of rows) expect(notesXml).toContain(r.source.publisher.replace('&', '&amp;'))
  })
})

describe('qualifiers survive as label formats', () => {
  it('in English and Portuguese, with the figure’s own decimals', () => {
    expect(numberFormat({ value: 1000, qualifier: 'at_least' })).toBe('"over "#,##0')
    expect(numberFormat({ value: 1.025, qualifier: 'about' })).toBe('"about "#,##0.000')
    expect(numberFormat({ value: 157 })).toBe('#,##0')
    setLang('pt-BR')
    expect(numberFormat({ value: 500, qualifier: 'about' })).toBe('"cerca de "#,##0')
  })

  it('a qualified figure from the record keeps its word on its label', () => {
    // The record's bounded figures: a quote that says "over", "about", "under" (or "up to").
    const { rows } = rankingSeries(data, marketsInView(data, null), 'operational', 2025, 'latest')
    const chart = rankingDeck(rows, 'operational', 'mw')
    const xml = qualifyLabels(
      `<c:chart>${chart.series.map(() => '<c:ser><c:dLbls><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:showVal val="1"/><c:showLeaderLines val="0"/></c:dLbls><c:val><c:pt idx="0"><c:v></c:v></c:pt></c:val></c:ser>').join('')}</c:chart>`,
      chart,
    )
    const qualified = rows.filter((r) => r.drawn.qualifier)
    expect(qualified.length).toBeGreaterThan(0)
    for (const r of qualified) {
      const idx = rows.indexOf(r)
      expect(xml).toMatch(
        new RegExp(
          `<c:dLbl><c:idx val="${idx}"/><c:numFmt formatCode="&quot;(about|over|up to) &quot;`,
        ),
      )
    }
    expect(xml).not.toContain('<c:showLeaderLines val="0"/></c:dLbl>')
    expect(xml).not.toContain('<c:v></c:v>')
  })
})

describe('compare, pipeline and trend slides', () => {
  it('compare: a column per group, a segment per market, each a record figure', () => {
    const sea = groupTotal(data, { name: 'SEA-4', markets: SEA }, 'operational', 2025, 'latest')
    const ldn = groupTotal(
      data,
      { name: 'LDN', markets: ['london'] },
      'operational',
      2025,
      'latest',
    )
    const members = [...sea.counted, ...ldn.counted].map((r) => ({
      id: r.market.id,
      name: r.market.name,
      colour: '#000000',
    }))
    const chart = compareDeck([sea, ldn], members, new Set(), 'mw')
    expect(chart).toMatchObject({
      type: 'bar',
      across: false,
      stacked: true,
      categories: ['SEA-4', 'LDN'],
    })
    for (const s of chart.series) {
      const [inSea, inLdn] = s.points
      const value = (inSea ?? inLdn)?.value
      expect(recorded(s.name, 'operational', 2025).map((r) => Number(r.value_mw))).toContain(value)
      expect(inSea === null || inLdn === null).toBe(true)
    }
  })

  it("compare: the claim is a dashed line across the whole plot, on the columns' own scale", async () => {
    const claim = data.claims.values().next().value
    if (!claim) throw new Error('the bundled data has no claim')
    const groups = claim.groups.map((g) => groupTotal(data, g, 'operational', 2025, 'latest'))
    const members = groups.flatMap((g) =>
      g.counted.map((r) => ({ id: r.market.id, name: r.market.name, colour: '#000000' })),
    )
    const chart = compareDeck(groups, members, new Set(), 'mw', {
      label: 'Claim',
      figure: claim,
    })
    const spec = {
      text: { title: 'Compare', subtitle: 's', sourceLine: 'Sources: x', summary: '' },
      legend: [],
      rows: [],
      deck: chart,
    }
    // A page's second deck too: pptxgenjs numbers its chart part 2, 3… across decks.
    await writeDeck([{ slide: slideSpec(spec, LINK) }])
    const blob = await writeDeck([{ slide: slideSpec(spec, LINK) }])
    const zip = await JSZip.loadAsync(await blob.arrayBuffer())
    const part = Object.keys(zip.files).find((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
    const xml = (await zip.file(part ?? '')?.async('string')) ?? ''
    const axis = (id: string, kind = 'val') =>
      new RegExp(`<c:${kind}Ax>\\s*<c:axId val="${id}"/>[\\s\\S]*?</c:${kind}Ax>`).exec(xml)?.[0] ??
      ''
    // Each chart type's axes: [category, value].
    const [columnsAxes, claimAxes] = [
      ...xml.matchAll(/<c:(bar|line)Chart>[\s\S]*?<\/c:\1Chart>/g),
    ].map((m) => [...m[0].matchAll(/<c:axId val="(\d+)"\/>/g)].map((a) => a[1] ?? ''))
    const [columnsAxis, claimAxis] = [columnsAxes?.[1], claimAxes?.[1]]
    expect(columnsAxis).not.toBe(claimAxis)
    // Its category axis kept, not deleted (a deleted one puts the line back on the columns'
    // places), and nothing of it drawn.
    const claimCategories = axis(claimAxes?.[0] ?? '', 'cat')
    expect(claimCategories).toContain('<c:delete val="0"/>')
    expect(claimCategories).toContain('<c:tickLblPos val="none"/>')
    const max = (a: string) => Number(/<c:max val="([\d.]+)"\/>/.exec(a)?.[1])
    // One scale: the line stands at the claim's level against the columns' axis.
    expect(max(axis(claimAxis ?? ''))).toBe(max(axis(columnsAxis ?? '')))
    const tallest = Math.max(
      ...groups.map((g) => g.counted.reduce((sum, r) => sum + r.drawn.value, 0)),
    )
    expect(max(axis(columnsAxis ?? ''))).toBeGreaterThanOrEqual(Math.max(claim.value, tallest))
    // Its axis hidden, its points on the plot's edges: the line spans the plot.
    expect(axis(claimAxis ?? '')).toContain('<c:tickLblPos val="none"/>')
    expect(axis(claimAxis ?? '')).toContain('<c:crossBetween val="midCat"/>')
    expect(axis(columnsAxis ?? '')).toContain('<c:crossBetween val="between"/>')
    // Every figure's label has its own format (its qualifier's words), in this deck too.
    const figures = chart.series.flatMap((s) => s.points).filter((p) => p !== null)
    expect(xml.match(/<c:dLbl>/g)?.length).toBe(figures.length)
  })

  it('pipeline: a segment per stage shown, hidden stages left out', () => {
    const { rows } = pipelineSeries(
      data,
      marketsInView(data, ['johor', 'singapore']),
      2025,
      'latest',
    )
    const chart = pipelineDeck(rows, new Set(['planned']), 'mw')
    expect(chart.series.map((s) => s.name)).toEqual(['Operational', 'Under construction'])
    for (const [i, name] of chart.categories.entries())
      for (const [k, s] of chart.series.entries()) {
        const metric = ['operational', 'under_construction'][k] as string
        const point = s.points[i]
        if (point)
          expect(recorded(name, metric, 2025).map((r) => Number(r.value_mw))).toContain(point.value)
      }
  })

  it('pipeline of every market: a segment too short for its label goes without, the rest keep theirs', async () => {
    const { rows } = pipelineSeries(data, marketsInView(data, null), 2025, 'latest')
    const chart = pipelineDeck(rows, new Set(), 'mw')
    expect(chart.categories.length).toBeGreaterThan(24)
    const spec = {
      text: { title: 'Pipeline', subtitle: 's', sourceLine: 'Sources: x', summary: '' },
      legend: [],
      rows: [],
      deck: chart,
    }
    const zip = await JSZip.loadAsync(
      await (await writeDeck([{ slide: slideSpec(spec, LINK) }])).arrayBuffer(),
    )
    const part = Object.keys(zip.files).find((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
    const xml = (await zip.file(part ?? '')?.async('string')) ?? ''
    // Each series' labels: which points are left out, which keep a format of their own.
    const series = [...xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0])
    expect(series).toHaveLength(chart.series.length)
    // The slide draws the categories bottom up: its points are the view's, last first.
    const points = chart.series.map((s) => [...s.points].reverse())
    const values = points
      .flat()
      .filter((p) => p !== null)
      .map((p) => p.value)
    const largest = Math.max(...values)
    let kept = 0
    let dropped = 0
    series.forEach((ser, i) => {
      for (const [, idx, body] of ser.matchAll(
        /<c:dLbl><c:idx val="(\d+)"\/>([\s\S]*?)<\/c:dLbl>/g,
      )) {
        const point = points[i]?.[Number(idx)]
        expect(point).toBeTruthy()
        if (body?.includes('<c:delete val="1"/>')) {
          dropped += 1
          // Only short segments: under a fifth of the longest.
          expect(point?.value ?? 0).toBeLessThan(largest / 5)
        } else {
          kept += 1
          expect(body).toContain('<c:numFmt')
        }
      }
    })
    expect(kept + dropped).toBe(values.length)
    expect(dropped).toBeGreaterThan(0)
  })

  it('trend: a line per market, a point per year with a figure, gaps where none', () => {
    const years = [2020, 2021, 2022, 2023, 2024, 2025]
    const series = trendSeries(
      data,
      marketsInView(data, ['singapore']),
      [],
      'operational',
      years,
      'latest',
    )
    const chart = trendDeck(years, series.lines, {
      hidden: new Set(),
      change: null,
      metricUnit: 'MW',
      display: 'gw',
      label: (l) => l.name,
    })
    expect(chart.categories).toEqual(years.map(String))
    const [line] = chart.series
    line?.points.forEach((p, i) => {
      const options = recorded('Singapore', 'operational', years[i] as number).map(
        (r) => Number(r.value_mw) / 1000,
      )
      if (p) expect(options).toContain(p.value)
      else expect(options).toEqual([])
    })
    expect(chart.unit).toBe('GW')
  })
})

describe('a map slide: a picture, not a chart', () => {
  const markets = marketsInView(data, [...SEA, 'london', 'frankfurt'])
  const series = mapSeries(data, markets, 'operational', 2025, 'latest')
  const spec = {
    text: mapText(series, 'operational', 2025, '', data.datasets, 'mw'),
    legend: [],
    rows: series.drawn.map((r) => exportRow(r, 'operational')),
  }
  // A 1x1 PNG: the picture's pixels are the browser's work (deck.spec); here, where it goes.
  const PNG =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

  it('has no chart values, and its notes cite each circle’s record figure with its source', () => {
    const slide = slideSpec(spec, LINK)
    expect(slide.chart).toBeNull()
    expect(series.drawn.length).toBeGreaterThan(3)
    for (const r of series.drawn) {
      const line = slide.notes.split('\n').find((l) => l.startsWith(`• ${r.market.name}:`)) ?? ''
      const source = recorded(r.market.name, 'operational', 2025).find(
        (row) => Number(row.value_mw) === r.drawn.value && line.includes(row.url ?? '-'),
      )
      expect(source, line).toBeDefined()
      expect(line).toContain(source?.publisher)
    }
  })

  it('writes the picture into the slide, and no chart part', async () => {
    const blob = await writeDeck([
      { slide: slideSpec(spec, LINK), picture: { data: PNG, width: 800, height: 500 } },
    ])
    const zip = await JSZip.loadAsync(await blob.arrayBuffer())
    expect(Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))).toEqual([])
    expect(Object.keys(zip.files).some((f) => /^ppt\/media\/image.*\.png$/.test(f))).toBe(true)
    const slideXml = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? ''
    expect(slideXml).toContain('<p:pic>')
    expect(slideXml).toContain(spec.text.title.replace('&', '&amp;'))
  })
})

describe('a report’s closing slide', () => {
  it('cites each source once, by publisher then title, however many entries cite it', () => {
    const { rows } = rankingSeries(data, marketsInView(data, SEA), 'operational', 2025, 'latest')
    const sources = rows.map((r) => ({
      publisher: r.source.publisher,
      title: r.source.title,
      url: r.source.url,
    }))
    const cited = citedSources(
      [{ sources }, { sources: [...sources].reverse() }, { sources: sources.slice(0, 1) }],
      (a, b) => a.localeCompare(b),
    )
    expect(cited).toHaveLength(new Set(sources.map((s) => s.url)).size)
    const publishers = cited.map((s) => s.publisher)
    expect(publishers).toEqual([...publishers].sort((a, b) => a.localeCompare(b)))
  })
})
