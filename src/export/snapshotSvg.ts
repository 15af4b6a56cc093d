/**
 * The chart as the reader sees it, framed so it stands on its own in a report: title, subtitle,
 * the chart, its legend, the source line, dataset versions, export date and the view's link,
 * all inside one SVG with the app's font embedded, and room for a narrower or slightly wider
 * font where a tool ignores it (FONT_STACK, ROOM). The chart
 * geometry is the live chart's; every word around it comes from the view state, not the page.
 */

import fontUrl from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url'
import type { ExportEventSpot, ExportSpec, LegendEntry } from '../charts/exportSpec'
import { scopeMarkPath } from '../charts/scopeMarks'
import { t } from '../i18n/locale'
import { escapeXml, xmlSafe } from '../lib/xmlText'
import { madeOnExport } from './madeOnExport'

export const FONT_FAMILY = 'Atlas Inter'
/**
 * What the SVG's text asks for. Design tools and renderers such as librsvg, Inkscape or
 * PowerPoint ignore the embedded font: they fall back to Inter where it is installed, else to
 * Arial or its metric twin Liberation Sans, both narrower than Inter, so lines broken for Inter
 * still fit. The text stays text: titles, numbers and sources can be selected and edited.
 */
const FONT_STACK = `'${FONT_FAMILY}', Inter, Arial, 'Liberation Sans', Helvetica, sans-serif`
/**
 * Lines are broken at this share of the width they may take: a renderer left with only a wider
 * sans-serif (DejaVu Sans is ~10% wider than Inter) still keeps them inside the frame.
 */
const ROOM = 0.88
const PAD = 24
const MIN_WIDTH = 640

/** The source line already names the dataset versions; the meta adds when and from where. */
export type SnapshotMeta = { exportedOn: string; link: string }
export type Snapshot = { svg: string; width: number; height: number }

let fontData: Promise<string> | undefined
async function embeddedFont(): Promise<string> {
  fontData ??= fetch(new URL(fontUrl, document.baseURI))
    .then((r) => r.arrayBuffer())
    .then((buffer) => {
      let binary = ''
      const bytes = new Uint8Array(buffer)
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      return btoa(binary)
    })
  return fontData
}

/** Breaks text into lines no wider than `width`, measured in the export's own font. */
function wrap(
  ctx: CanvasRenderingContext2D,
  text: string,
  font: string,
  width: number,
  anywhere = false,
): string[] {
  ctx.font = font
  const tokens = anywhere ? [...text] : text.split(/(\s+)/)
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    const next = line + token
    if (line !== '' && ctx.measureText(next.trimEnd()).width > width) {
      lines.push(line.trimEnd())
      line = token.trimStart()
    } else line = next
  }
  if (line.trim() !== '') lines.push(line.trimEnd())
  return lines
}

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const

/**
 * A CSS colour as the page draws it now, e.g. rgb(21, 24, 28): the theme's variables hold
 * light-dark() pairs, which only a computed style resolves.
 */
function resolvedColour(css: string): string {
  const probe = document.createElement('span')
  probe.style.display = 'none'
  probe.style.color = css
  document.body.append(probe)
  const value = getComputedStyle(probe).color
  probe.remove()
  return value
}

/** A copy of the live chart with every computed style written out and hover marks removed. */
function frozenChart(chart: SVGSVGElement): SVGSVGElement {
  const copy = chart.cloneNode(true) as SVGSVGElement
  const originals = [chart, ...chart.querySelectorAll('*')]
  const copies = [copy, ...copy.querySelectorAll('*')]
  originals.forEach((original, i) => {
    const target = copies[i]
    if (!target) return
    const style = getComputedStyle(original)
    for (const property of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(property)
      if (value && value !== 'normal' && value !== 'auto') target.setAttribute(property, value)
    }
    if (target.tagName === 'text' || target.tagName === 'tspan')
      target.setAttribute('font-family', FONT_STACK)
    target.removeAttribute('style')
    target.removeAttribute('tabindex')
  })
  for (const hover of copy.querySelectorAll(
    '.recharts-tooltip-cursor, .recharts-active-dot, .chart-hover-mark',
  ))
    hover.remove()
  return copy
}

/**
 * Writes each event marker's number beside it (the key under the chart says what it stands
 * for), in place of the count a marker of several events shows on screen; the open marker's
 * guide line is the screen's, not the picture's.
 */
function numberEventMarkers(copy: SVGSVGElement, spots: ExportEventSpot[]): void {
  for (const extra of copy.querySelectorAll('.event-marker__count, .trend-events__guide'))
    extra.remove()
  spots.forEach((spot, i) => {
    const marker = [...copy.querySelectorAll('.trend-events__row')]
      .find((row) => row.getAttribute('data-market') === spot.on)
      ?.querySelector(`.event-marker[data-year="${spot.year}"]`)
    const ring = marker?.querySelector('circle')
    if (!marker || !ring) return
    const label = document.createElementNS('http://www.w3.org/2000/svg', 'text')
    label.setAttribute('x', String(Number(ring.getAttribute('cx')) + 8))
    label.setAttribute('y', String(Number(ring.getAttribute('cy')) - 4))
    label.setAttribute('font-size', '10')
    label.setAttribute('font-weight', '700')
    label.setAttribute('font-family', FONT_STACK)
    label.setAttribute('fill', 'var(--text)')
    label.textContent = String(i + 1)
    marker.append(label)
  })
}

function legendSwatch(entry: LegendEntry, x: number, y: number): string {
  const c = escapeXml(entry.colour)
  if (typeof entry.shape === 'object')
    return `<path d="${scopeMarkPath(entry.shape.scope, x + 6, y, 5)}" fill="none" stroke="${c}" stroke-width="1.8"/>`
  switch (entry.shape) {
    case 'line':
      return `<line x1="${x}" y1="${y}" x2="${x + 14}" y2="${y}" stroke="${c}" stroke-width="3"/>`
    case 'dashed':
      return `<line x1="${x}" y1="${y}" x2="${x + 14}" y2="${y}" stroke="${c}" stroke-width="3" stroke-dasharray="4 2"/>`
    case 'dot':
      return `<circle cx="${x + 6}" cy="${y}" r="4.5" fill="${c}"/>`
    case 'ring':
      return `<circle cx="${x + 6}" cy="${y}" r="4.5" fill="none" stroke="${c}" stroke-width="2"/>`
    case 'up':
      return `<path d="M${x + 6},${y - 6} L${x + 12},${y + 5} L${x},${y + 5} Z" fill="${c}"/>`
    case 'empty':
      return `<rect x="${x + 0.5}" y="${y - 5.5}" width="11" height="11" rx="2" fill="none" stroke="${c}" stroke-dasharray="2 2"/>`
    case 'down':
      return `<path d="M${x + 6},${y + 6} L${x + 12},${y - 5} L${x},${y - 5} Z" fill="${c}"/>`
    default:
      return `<rect x="${x}" y="${y - 6}" width="12" height="12" rx="2" fill="${c}"/>`
  }
}

export async function snapshotSvg(
  chart: SVGSVGElement,
  given: ExportSpec,
  meta: SnapshotMeta,
  /** `picture`: the chart, its legend and marks only (a slide writes the words as its own text). */
  { picture = false }: { picture?: boolean } = {},
): Promise<Snapshot> {
  const spec = await madeOnExport(given)
  await Promise.all([
    document.fonts.load(`400 16px "${FONT_FAMILY}"`),
    document.fonts.load(`700 16px "${FONT_FAMILY}"`),
  ])
  const font = await embeddedFont()
  const colour = (name: string, fallback: string) => resolvedColour(`var(${name}, ${fallback})`)
  const bg = colour('--bg', '#ffffff')
  const text = colour('--text', '#1a1d21')
  const muted = colour('--muted', '#4d5560')

  const chartWidth = Math.round(
    chart.getBoundingClientRect().width || Number(chart.getAttribute('width')) || 800,
  )
  const chartHeight = Math.round(
    chart.getBoundingClientRect().height || Number(chart.getAttribute('height')) || 400,
  )
  const width = Math.max(MIN_WIDTH, chartWidth + 2 * PAD)
  const inner = width - 2 * PAD
  const room = inner * ROOM
  const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D
  const f = (weight: number, size: number) => `${weight} ${size}px "${FONT_FAMILY}"`

  const parts: string[] = []
  let y = PAD
  const block = (lines: string[], weight: number, size: number, fill: string, gapAfter: number) => {
    const lineHeight = Math.round(size * 1.35)
    for (const line of lines) {
      y += lineHeight
      parts.push(
        `<text x="${PAD}" y="${y - Math.round(size * 0.3)}" font-family="${FONT_STACK}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(fill)}">${escapeXml(line)}</text>`,
      )
    }
    y += gapAfter
  }
  if (!picture) {
    block(wrap(ctx, spec.text.title, f(700, 22), room), 700, 22, text, 4)
    block(wrap(ctx, spec.text.subtitle, f(400, 14), room), 400, 14, muted, 12)
  }

  const chartSvg = frozenChart(chart)
  const spots = spec.events?.spots ?? []
  numberEventMarkers(chartSvg, spots)
  chartSvg.setAttribute('x', String(PAD))
  chartSvg.setAttribute('y', String(y))
  chartSvg.setAttribute('width', String(chartWidth))
  chartSvg.setAttribute('height', String(chartHeight))
  chartSvg.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`)
  // The chart's own text (its names and labels) is checked again on its way out.
  parts.push(xmlSafe(new XMLSerializer().serializeToString(chartSvg)))
  y += chartHeight + 10

  // Legend: swatch and label, wrapped onto as many rows as it needs.
  ctx.font = f(400, 13)
  let x = PAD
  let rowY = y + 10
  for (const entry of spec.legend) {
    const labelWidth = ctx.measureText(entry.label).width / ROOM
    if (x > PAD && x + 18 + labelWidth > width - PAD) {
      x = PAD
      rowY += 20
    }
    parts.push(legendSwatch(entry, x, rowY))
    parts.push(
      `<text x="${x + 18}" y="${rowY + 4.5}" font-family="${FONT_STACK}" font-size="13" fill="${escapeXml(text)}">${escapeXml(entry.label)}</text>`,
    )
    x += 18 + labelWidth + 16
  }
  y = spec.legend.length > 0 ? rowY + 12 : y
  if (spec.note) block(wrap(ctx, spec.note, f(400, 12), room), 400, 12, muted, 2)
  // The events' key: each marker's number, then what it stands for.
  if (spots.length > 0) {
    y += 6
    block([t('events.key')], 700, 12, text, 0)
    spots.forEach((spot, i) => {
      for (const [k, line] of spot.lines.entries())
        block(
          wrap(ctx, k === 0 ? `${i + 1}. ${line}` : `    ${line}`, f(400, 12), room),
          400,
          12,
          text,
          0,
        )
    })
    block(wrap(ctx, t('event.titlesNote'), f(400, 12), room), 400, 12, muted, 2)
  }
  if (!picture) {
    if (spec.text.missingLine)
      block(wrap(ctx, spec.text.missingLine, f(400, 12), room), 400, 12, muted, 2)
    block(wrap(ctx, spec.text.sourceLine, f(400, 12), room), 400, 12, muted, 2)
    block(
      wrap(ctx, t('export.footer', { date: meta.exportedOn }), f(400, 12), room),
      400,
      12,
      muted,
      2,
    )
    block(wrap(ctx, meta.link, f(400, 12), room, true), 400, 12, muted, 0)
  }
  const height = Math.ceil(y + PAD)

  // Any colour still written as a CSS variable (legend swatches) is resolved: the file stands alone.
  const resolve = (markup: string) =>
    markup.replace(/var\((--[\w-]+)\)/g, (_, name: string) => colour(name, '#000000'))
  const svg = resolve(
    [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
      `<title>${escapeXml(spec.text.title)}</title>`,
      `<desc>${escapeXml(spec.text.summary)}</desc>`,
      `<style>@font-face{font-family:'${FONT_FAMILY}';font-weight:100 900;src:url(data:font/woff2;base64,${font}) format('woff2');}</style>`,
      `<rect width="100%" height="100%" fill="${escapeXml(bg)}"/>`,
      ...parts,
      '</svg>',
    ].join(''),
  )
  return { svg, width, height }
}

/** The snapshot as an image the canvas can draw (the PNG export, each frame of a video). */
export async function snapshotImage(snapshot: Snapshot): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([snapshot.svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    return image
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Draws the SVG on a canvas at `scale` (1, 2, 3): a PNG for slides and print. */
export async function snapshotPng(snapshot: Snapshot, scale: number): Promise<Blob> {
  const image = await snapshotImage(snapshot)
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(snapshot.width * scale)
  canvas.height = Math.round(snapshot.height * scale)
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
  ctx.scale(scale, scale)
  ctx.drawImage(image, 0, 0, snapshot.width, snapshot.height)
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(t('export.drawFailed')))),
      'image/png',
    ),
  )
}
