/**
 * Lays slide specs out as a 16:9 PowerPoint deck with pptxgenjs (loaded only when a reader asks
 * for a deck): bar and line views as PowerPoint's own charts, whose data sheet a reader can open
 * and restyle; other views as a picture. Each figure's label keeps its source's qualifier.
 */
import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import { niceTicks } from '../../charts/axis'
import type { DeckChart, DeckPoint } from '../../charts/exportSpec'
import { currentLang, t } from '../../i18n/locale'
import { escapeXml } from '../../lib/xmlText'
import type { SlideSpec } from './slideSpec'

export type SlidePicture = { data: string; width: number; height: number }
export type DeckSlide = { slide: SlideSpec; picture?: SlidePicture }

// Inches on a 13.33 x 7.5 in (16:9) slide.
const PAGE = { w: 13.333, h: 7.5, margin: 0.5 }
const FONT = 'Arial'
const hex = (colour: string) => colour.replace('#', '').toUpperCase()
// A slide is white whatever the page's theme: the light theme's text, muted, grid and link colours.
const [TEXT, MUTED, GRID, LINK] = ['#1a1d21', '#4d5560', '#e6e9ed', '#0b5cad']

/** A report's first and last slides: what it is, and every source its slides cite. */
export type DeckFrame = {
  cover: { title: string; subtitle: string }
  closing: { title: string; intro: string; sources: string[] }
}

export async function writeDeck(slides: DeckSlide[], frame?: DeckFrame): Promise<Blob> {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = frame?.cover.title ?? slides[0]?.slide.title ?? 'Megawatt Atlas'
  pptx.company = 'Megawatt Atlas'
  const charts: DrawnChart[] = []
  if (frame) addCover(pptx.addSlide(), frame.cover)
  for (const { slide, picture } of slides) {
    const page = pptx.addSlide()
    const room = addWords(page, slide)
    if (slide.chart) {
      const drawn = topFirst(slide.chart)
      charts.push({ chart: drawn, unlabelled: addChart(pptx, page, drawn, room) })
    } else if (picture) addPicture(page, picture, room)
    page.addNotes(slide.notes)
  }
  if (frame) addClosing(pptx.addSlide(), frame.closing)
  const written = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer
  return withQualifiedLabels(written, charts)
}

function addCover(page: PptxGenJS.Slide, cover: DeckFrame['cover']): void {
  const text = { x: PAGE.margin, w: PAGE.w - 2 * PAGE.margin, fontFace: FONT, margin: 0 }
  page.addText(cover.title, {
    ...text,
    y: 2.4,
    h: 1.4,
    fontSize: 32,
    bold: true,
    color: hex(TEXT),
    valign: 'bottom',
  })
  page.addText(cover.subtitle, {
    ...text,
    y: 3.95,
    h: 1.0,
    fontSize: 14,
    color: hex(MUTED),
    valign: 'top',
  })
}

/** Every source once, in two columns when they are many; the text shrinks to fit the slide. */
function addClosing(page: PptxGenJS.Slide, closing: DeckFrame['closing']): void {
  const width = PAGE.w - 2 * PAGE.margin
  const text = { fontFace: FONT, margin: 0, valign: 'top' as const }
  page.addText(closing.title, {
    ...text,
    x: PAGE.margin,
    w: width,
    y: 0.3,
    h: 0.7,
    fontSize: 22,
    bold: true,
    color: hex(TEXT),
  })
  page.addText(closing.intro, {
    ...text,
    x: PAGE.margin,
    w: width,
    y: 1.0,
    h: 0.4,
    fontSize: 12,
    color: hex(MUTED),
  })
  const columns = closing.sources.length > 14 ? 2 : 1
  const perColumn = Math.ceil(closing.sources.length / columns)
  const size = closing.sources.length > 40 ? 7 : closing.sources.length > 24 ? 8 : 10
  for (let c = 0; c < columns; c++) {
    const lines = closing.sources.slice(c * perColumn, (c + 1) * perColumn)
    page.addText(
      lines.map((line) => ({ text: line, options: { breakLine: true } })),
      {
        ...text,
        x: PAGE.margin + (c * width) / columns,
        w: width / columns - 0.2,
        y: 1.5,
        h: PAGE.h - 1.5 - 0.4,
        fontSize: size,
        color: hex(TEXT),
        paraSpaceAfter: 3,
        fit: 'shrink',
      },
    )
  }
}

/** How tall a text box must be for `text` at `size` pt across the slide (Arial's average width). */
function textHeight(text: string, size: number): number {
  const perLine = Math.floor(((PAGE.w - 2 * PAGE.margin) * 72) / (size * 0.5))
  const lines = Math.max(1, Math.ceil(text.length / perLine))
  return (lines * size * 1.25) / 72 + 0.05
}

/** Where the chart goes: between the words above it and those below, which take what they need. */
type Room = { y: number; h: number }

function addWords(page: PptxGenJS.Slide, slide: SlideSpec): Room {
  const width = PAGE.w - 2 * PAGE.margin
  const text = { x: PAGE.margin, w: width, fontFace: FONT, margin: 0, valign: 'top' as const }
  const titleH = textHeight(slide.title, 22)
  page.addText(slide.title, {
    ...text,
    y: 0.3,
    h: titleH,
    fontSize: 22,
    bold: true,
    color: hex(TEXT),
  })
  const subtitleY = 0.3 + titleH + 0.05
  const subtitleH = textHeight(slide.subtitle, 12)
  page.addText(slide.subtitle, {
    ...text,
    y: subtitleY,
    h: subtitleH,
    fontSize: 12,
    color: hex(MUTED),
  })

  // From the bottom up: the link, the sources, then the legend and what the marks mean.
  const linkY = PAGE.h - 0.3 - 0.25
  page.addText([{ text: slide.link, options: { hyperlink: { url: slide.link } } }], {
    ...text,
    y: linkY,
    h: 0.25,
    fontSize: 9,
    color: hex(LINK),
  })
  const sourceH = textHeight(slide.sourceLine, 9)
  const sourceY = linkY - 0.05 - sourceH
  page.addText(slide.sourceLine, {
    ...text,
    y: sourceY,
    h: sourceH,
    fontSize: 9,
    color: hex(MUTED),
  })
  let bottom = sourceY - 0.1
  // A picture carries its own legend; a native chart gets the marks' meaning, and a legend of
  // its own where PowerPoint's cannot say it (the ranking's bars coloured by region).
  if (slide.chart) {
    const single = slide.chart.series.length === 1 && slide.chart.series[0]?.pointColours
    const legend = single
      ? slide.legend.flatMap((entry) => [
          { text: '■ ', options: { color: hex(entry.colour) } },
          { text: `${entry.label}   `, options: { color: hex(TEXT) } },
        ])
      : []
    const marks = slide.note ? [{ text: slide.note, options: { color: hex(MUTED) } }] : []
    if (legend.length + marks.length > 0) {
      const words = [...legend, ...marks].map((run) => run.text).join('')
      const legendH = textHeight(words, 10)
      bottom -= legendH
      page.addText([...legend, ...marks], { ...text, y: bottom, h: legendH, fontSize: 10 })
      bottom -= 0.05
    }
  }
  const y = subtitleY + subtitleH + 0.1
  return { y, h: bottom - y }
}

/** A chart as written, and the points whose labels it leaves out ("series:point"). */
type DrawnChart = { chart: DeckChart; unlabelled: Set<string> }

// Chart text sizes (pt); an average character is about half its size wide (Arial).
const LABEL_PT = 8
const CHAR_EM = 0.55
const textWidth = (text: string, pt: number) => (text.length * pt * CHAR_EM) / 72

/** Many bars across: the legend goes to the right, so every row keeps its name in the height. */
const crowdedAcross = (chart: DeckChart) => chart.across && chart.categories.length > 16

/** Returns the points whose labels it leaves out. */
function addChart(
  pptx: PptxGenJS,
  page: PptxGenJS.Slide,
  chart: DeckChart,
  room: Room,
): Set<string> {
  const bar = chart.type === 'bar'
  const single = chart.series.length === 1 ? chart.series[0] : undefined
  // A stack's scale is fixed (0 to a round top), so a segment's length on the slide is known and
  // a label that would not fit inside it is left out: on thirty rows, labels of thin segments
  // ran over each other. The notes and the data sheet still hold every figure.
  const stackTicks = chart.stacked
    ? niceTicks(Math.max(chart.reference?.value ?? 0, ...stackHeights(chart)))
    : undefined
  const stackTop = stackTicks?.at(-1)
  const unlabelled =
    stackTop !== undefined ? tooSmallToLabel(chart, stackTop, room) : new Set<string>()
  const catLabelPt = chart.categories.length > 24 ? 7 : chart.categories.length > 16 ? 8 : 10
  const data = chart.series.map((s) => ({
    name: s.name,
    labels: chart.categories,
    values: s.points.map((p) => p?.value ?? null),
  })) as PptxGenJS.OptsChartData[]
  const options: PptxGenJS.IChartOpts = {
    x: PAGE.margin,
    y: room.y,
    w: PAGE.w - 2 * PAGE.margin,
    h: room.h,
    barDir: chart.across ? 'bar' : 'col',
    barGrouping: chart.stacked ? 'stacked' : 'clustered',
    barGapWidthPct: chart.stacked ? 60 : 40,
    // A single series coloured bar by bar (the ranking's regions); else one colour a series.
    chartColors: (single?.pointColours ?? chart.series.map((s) => s.colour)).map(hex),
    valAxisTitle: chart.unit,
    showValAxisTitle: true,
    valAxisTitleFontSize: 10,
    valAxisTitleColor: hex(MUTED),
    valAxisLabelFontSize: 10,
    valAxisLabelColor: hex(MUTED),
    valAxisLabelFormatCode: '#,##0',
    valGridLine: { color: hex(GRID), size: 0.75 },
    catGridLine: { style: 'none' },
    // Every market named, however many: a skipped name is a bar no one can read.
    catAxisLabelFrequency: '1',
    catAxisLabelFontSize: catLabelPt,
    catAxisLabelColor: hex(TEXT),
    catAxisLabelFontFace: FONT,
    valAxisLabelFontFace: FONT,
    showValue: true,
    dataLabelFontSize: LABEL_PT,
    dataLabelColor: hex(TEXT),
    dataLabelFontFace: FONT,
    dataLabelPosition: bar ? (chart.stacked ? 'ctr' : 'outEnd') : 't',
    dataLabelFormatCode: '#,##0',
    showLegend: chart.series.length > 1 || chart.reference !== undefined,
    legendPos: crowdedAcross(chart) ? 'r' : 'b',
    legendFontSize: 10,
    legendFontFace: FONT,
    lineSize: 2,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 6,
    displayBlanksAs: 'gap',
    lang: currentLang(),
    ...(stackTicks
      ? { valAxisMinVal: 0, valAxisMaxVal: stackTop, valAxisMajorUnit: stackTicks[1] ?? 1 }
      : {}),
  }
  if (!chart.reference) {
    page.addChart(bar ? pptx.ChartType.bar : pptx.ChartType.line, data, options)
    return unlabelled
  }
  // The claim: a dashed line at its level across the whole plot, as the view draws it, named in
  // the legend. A line series runs from the first column's centre to the last's; on axes of its
  // own (the same scale, nothing of them drawn) whose points sit on the plot's edges
  // (claimAcross), it spans it: PowerPoint's and Excel's "on tick marks". Not deleted axes: a
  // line whose category axis is deleted goes back to the columns' places. (LibreOffice Impress
  // reads only its primary axes' placing and still draws it between the centres.)
  const level = {
    name: chart.reference.name,
    labels: chart.categories,
    values: chart.categories.map(() => chart.reference?.value ?? null),
  }
  const ticks = stackTicks ?? niceTicks(Math.max(chart.reference.value, ...stackHeights(chart)))
  const scale = {
    valAxisMinVal: 0,
    valAxisMaxVal: ticks.at(-1) ?? 0,
    valAxisMajorUnit: ticks[1] ?? 1,
  }
  page.addChart(
    [
      { type: pptx.ChartType.bar, data, options },
      {
        type: pptx.ChartType.line,
        data: [level] as PptxGenJS.OptsChartData[],
        options: {
          chartColors: [hex(TEXT)],
          lineDash: 'dash',
          lineSize: 1.5,
          lineDataSymbol: 'none',
          showValue: false,
          secondaryValAxis: true,
          secondaryCatAxis: true,
        },
      },
    ],
    // For several chart types pptxgenjs reads the options from the second argument.
    {
      ...options,
      valAxes: [
        scale,
        {
          ...scale,
          ...UNDRAWN,
          valAxisLabelPos: 'none',
          valAxisMajorTickMark: 'none',
          showValAxisTitle: false,
          valGridLine: { style: 'none' },
        },
      ],
      catAxes: [{}, { ...UNDRAWN, catAxisLabelPos: 'none', catAxisMajorTickMark: 'none' }],
    } as unknown as PptxGenJS.OptsChartData[],
  )
  return unlabelled
}

/**
 * The stacked segments too short for their label (its words and number across a bar, its line's
 * height up a column), on a plot whose size is estimated from the chart's place: the category
 * names, the legend and the value axis take their share of it.
 */
function tooSmallToLabel(chart: DeckChart, top: number, room: Room): Set<string> {
  const width = PAGE.w - 2 * PAGE.margin
  const longestName = Math.max(...chart.categories.map((c) => c.length))
  const plot = chart.across
    ? width - (longestName * 8 * CHAR_EM) / 72 - (crowdedAcross(chart) ? 2 : 0.4)
    : room.h - 1.2
  const room1 = (LABEL_PT * 1.4) / 72
  const out = new Set<string>()
  chart.series.forEach((s, i) => {
    s.points.forEach((point, k) => {
      if (!point) return
      const length = (point.value / top) * plot
      const needs = chart.across ? textWidth(labelText(point), LABEL_PT) + 0.08 : room1
      if (length < needs) out.add(`${i}:${k}`)
    })
  })
  return out
}

/** A point's label as PowerPoint shows it: its qualifier's words around the number. */
function labelText(point: NonNullable<DeckPoint>): string {
  const number = point.value.toLocaleString('en', { maximumFractionDigits: 4 })
  return numberFormat(point)
    .replaceAll('"', '')
    .replace(/#,##0(\.0+)?/, number)
}

/** An axis that places a series and shows nothing: no line, no labels, no ticks. */
const UNDRAWN = { valAxisLineShow: false, catAxisLineShow: false }

/** Each column's height: its stack's sum, or its tallest bar. */
function stackHeights(chart: DeckChart): number[] {
  return chart.categories.map((_, i) => {
    const values = chart.series.map((s) => s.points[i]?.value ?? 0)
    return chart.stacked ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values)
  })
}

/** pptxgenjs's axis id for the secondary value axis (the claim's). */
const CLAIM_VALUE_AXIS = '2094734553'

/**
 * The claim's hidden value axis crosses its category axis on the categories, not between them:
 * its line's first and last points then sit on the plot's edges, and the line spans it.
 */
export function claimAcross(xml: string): string {
  return xml.replace(
    new RegExp(
      `(<c:valAx>\\s*<c:axId val="${CLAIM_VALUE_AXIS}"/>[\\s\\S]*?<c:crossBetween val=")between(")`,
    ),
    '$1midCat$2',
  )
}

/**
 * PowerPoint draws bars across from the bottom up: the categories are given last first, so the
 * slide reads top down as the view does (reversing the axis instead would move the values' axis
 * to the top).
 */
function topFirst(chart: DeckChart): DeckChart {
  if (!chart.across) return chart
  return {
    ...chart,
    categories: [...chart.categories].reverse(),
    series: chart.series.map((s) => ({
      ...s,
      points: [...s.points].reverse(),
      ...(s.pointColours ? { pointColours: [...s.pointColours].reverse() } : {}),
    })),
  }
}

function addPicture(page: PptxGenJS.Slide, picture: SlidePicture, room: Room): void {
  // As large as the chart's place allows, its proportions kept, centred.
  const scale = Math.min((PAGE.w - 2 * PAGE.margin) / picture.width, room.h / picture.height)
  const [w, h] = [picture.width * scale, picture.height * scale]
  page.addImage({ data: picture.data, x: (PAGE.w - w) / 2, y: room.y, w, h })
}

/**
 * pptxgenjs gives a bar or line chart's labels one number format; a figure's label must keep its
 * qualifier ("over 1,000", "about 500"). Each point gets its own label format (the value stays
 * linked to the data sheet: an edited value keeps its words), and a point without a figure is
 * left out of the cache instead of written as an empty value.
 */
async function withQualifiedLabels(file: ArrayBuffer, charts: DrawnChart[]): Promise<Blob> {
  const zip = await JSZip.loadAsync(file)
  // pptxgenjs numbers charts across every deck the page has made (chart1.xml in the first deck,
  // chart2.xml in the next): a deck's charts are its chart parts in ascending number.
  const number = (path: string) => Number(/chart(\d+)\.xml$/.exec(path)?.[1])
  const paths = Object.keys(zip.files)
    .filter((path) => /^ppt\/charts\/chart\d+\.xml$/.test(path))
    .sort((a, b) => number(a) - number(b))
  await Promise.all(
    charts.map(async ({ chart, unlabelled }, i) => {
      const path = paths[i] ?? ''
      const xml = await zip.file(path)?.async('string')
      if (xml === undefined) return
      const labelled = qualifyLabels(xml, chart, unlabelled)
      zip.file(path, chart.reference ? claimAcross(labelled) : labelled)
    }),
  )
  return zip.generateAsync({
    type: 'blob',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  })
}

export function qualifyLabels(
  xml: string,
  chart: DeckChart,
  unlabelled: ReadonlySet<string> = new Set(),
): string {
  let series = -1
  return xml
    .replace(/<c:ser>/g, (open) => {
      series += 1
      return `${open}<!--series ${series}-->`
    })
    .replace(
      /<!--series (\d+)-->([\s\S]*?)<c:dLbls>([\s\S]*?)<\/c:dLbls>/g,
      (_, n, before, inner) => {
        const points = chart.series[Number(n)]?.points ?? []
        const shared = String(inner)
          .replace(/<c:numFmt [^>]*\/>/, '')
          .replace(/<c:showLeaderLines [^>]*\/>/, '')
        const own = points
          .map((point, idx) =>
            !point
              ? ''
              : unlabelled.has(`${n}:${idx}`)
                ? `<c:dLbl><c:idx val="${idx}"/><c:delete val="1"/></c:dLbl>`
                : `<c:dLbl><c:idx val="${idx}"/><c:numFmt formatCode="${escapeXml(numberFormat(point))}" sourceLinked="0"/>${shared}</c:dLbl>`,
          )
          .join('')
        return `${before}<c:dLbls>${own}${inner}</c:dLbls>`
      },
    )
    .replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '')
}

/** "#,##0.0" with the figure's own decimals (at most four), its qualifier's words around it. */
export function numberFormat(point: NonNullable<DeckPoint>): string {
  const decimals = Math.min(4, (String(point.value).split('.')[1] ?? '').length)
  const number = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0'
  if (!point.qualifier) return number
  const [before = '', after = ''] = t(`qualifier.${point.qualifier}`, { value: '\u0001' }).split(
    '\u0001',
  )
  const literal = (words: string) => (words ? `"${words.replaceAll('"', '')}"` : '')
  return `${literal(before)}${number}${literal(after)}`
}
