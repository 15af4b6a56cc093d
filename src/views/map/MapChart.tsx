/**
 * The map: one panel per region, each in its own projection, country shapes from the build
 * (virtual:map-geography), a circle per city market at one MW-to-area scale in every panel, and
 * country totals shading their shapes beneath. Plain SVG: the export copies it as it is.
 */

import geography from 'virtual:map-geography'
import {
  type GeoPermissibleObjects,
  type GeoProjection,
  geoAzimuthalEqualArea,
  geoConicConformal,
  geoMercator,
  geoPath,
} from 'd3-geo'
import type { Feature, Geometry } from 'geojson'
import {
  type KeyboardEvent,
  type MouseEvent,
  memo,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { feature } from 'topojson-client'
import type { GeometryCollection } from 'topojson-specification'
import { HoverCard, type Hovered } from '../../charts/ChartHover'
import { FigureTooltipContent } from '../../charts/FigureTooltip'
import { formatFigureShort, formatNumber, regionLabel } from '../../charts/format'
import { regionColour } from '../../charts/palette'
import type { FigureRow } from '../../data/select/figureRow'
import { t } from '../../i18n/locale'
import type { DisplayUnit } from '../../view/viewState'
import { PANELS, type Panel, type PanelId } from './mapPanels'
import { circleRadius, type MapScale, type MapSeries, shadeOf, sizeLegendValues } from './mapSeries'
import { largestFirst, pickCircle } from './pickCircle'

const NO_FILLS: ReadonlyMap<string, { fill: string; row: FigureRow }> = new Map()

const SHAPES = (
  feature(geography, geography.objects.countries as GeometryCollection) as {
    features: Feature<Geometry>[]
  }
).features

/** Whether the map has a shape for a country code. */
export const hasShape = (country: string) => SHAPES.some((f) => f.id === country)

const GAP = 16
const PAD = 6
const TITLE = 22
const LEGEND = 92
/** Below this width the legends stack. */
const NARROW = 520
/** The largest circle's radius, as a share of the narrowest panel's width. */
const LARGEST_RADIUS = 0.085
const LABEL_FONT = 12
const LABELS_PER_PANEL = 6

function projectionOf(panel: Panel): GeoProjection {
  const [w, , e] = panel.extent
  const centre = (w + e) / 2
  if (panel.projection === 'conic-conformal')
    return geoConicConformal().parallels([40, 60]).rotate([-centre, 0])
  if (panel.projection === 'azimuthal-equal-area')
    return geoAzimuthalEqualArea().rotate([-centre, 0])
  return geoMercator()
}

/** The panel's extent as points on its edges: what the projection is fitted to. */
function extentShape([w, s, e, n]: Panel['extent']): GeoPermissibleObjects {
  const mid = [(w + e) / 2, (s + n) / 2] as const
  return {
    type: 'MultiPoint',
    coordinates: [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [mid[0], s],
      [mid[0], n],
      [w, mid[1]],
      [e, mid[1]],
    ],
  }
}

type PanelLayout = {
  panel: Panel
  x: number
  y: number
  width: number
  height: number
  project: (lon: number, lat: number) => [number, number] | null
  shapes: Array<{ id: string; d: string }>
}

/** Panels side by side where there is room, else one under another; each as tall as it needs. */
function layoutPanels(ids: PanelId[], width: number): PanelLayout[] {
  const panels = PANELS.filter((p) => ids.includes(p.id))
  const columns = width >= 720 ? panels.length : 1
  const panelWidth = (width - GAP * (columns - 1)) / columns
  const fitted = panels.map((panel) => {
    const projection = projectionOf(panel)
    const inner = panelWidth - 2 * PAD
    projection.fitWidth(inner, extentShape(panel.extent))
    const [[, top], [, bottom]] = geoPath(projection).bounds(extentShape(panel.extent))
    const height = Math.min(Math.ceil(bottom - top), Math.round(panelWidth * 1.1))
    projection.fitSize([inner, height], extentShape(panel.extent))
    projection.clipExtent([
      [0, 0],
      [inner, height],
    ])
    return { panel, projection, height: height + TITLE + 2 * PAD }
  })
  const rowHeight = Math.max(...fitted.map((f) => f.height))
  return fitted.map(({ panel, projection, height }, i) => {
    const path = geoPath(projection)
    const shapes = SHAPES.flatMap((f) => {
      const d = path(f)
      return d ? [{ id: String(f.id ?? ''), d }] : []
    })
    return {
      panel,
      x: columns > 1 ? i * (panelWidth + GAP) : 0,
      y: columns > 1 ? 0 : fitted.slice(0, i).reduce((sum, f) => sum + f.height + GAP, 0),
      width: panelWidth,
      height: columns > 1 ? rowHeight : height,
      project: (lon, lat) => projection([lon, lat]),
      shapes,
    }
  })
}

type Placed = { row: FigureRow; cx: number; cy: number; r: number; colour: string }
type Box = { x: number; y: number; w: number; h: number }

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

/**
 * Labels for the largest circles, each beside its circle where it meets no other label and
 * stays inside the panel; a circle whose label fits nowhere goes without (its card still reads).
 */
function placeLabels(circles: Placed[], width: number, height: number, unit: DisplayUnit) {
  const taken: Box[] = []
  const labels: Array<{
    id: string
    x: number
    y: number
    anchor: 'start' | 'end' | 'middle'
    text: string
  }> = []
  for (const c of circles.slice(0, LABELS_PER_PANEL)) {
    const text = `${c.row.market.name} ${formatFigureShort(c.row.drawn, unit)}`
    const w = text.length * LABEL_FONT * 0.56
    const h = LABEL_FONT + 2
    const options = [
      {
        x: c.cx + c.r + 3,
        y: c.cy,
        anchor: 'start' as const,
        box: { x: c.cx + c.r + 3, y: c.cy - h / 2, w, h },
      },
      {
        x: c.cx - c.r - 3,
        y: c.cy,
        anchor: 'end' as const,
        box: { x: c.cx - c.r - 3 - w, y: c.cy - h / 2, w, h },
      },
      {
        x: c.cx,
        y: c.cy - c.r - h / 2 - 1,
        anchor: 'middle' as const,
        box: { x: c.cx - w / 2, y: c.cy - c.r - h - 1, w, h },
      },
      {
        x: c.cx,
        y: c.cy + c.r + h / 2 + 1,
        anchor: 'middle' as const,
        box: { x: c.cx - w / 2, y: c.cy + c.r + 1, w, h },
      },
    ]
    const free = options.filter(
      ({ box }) =>
        box.x >= 0 &&
        box.y >= 0 &&
        box.x + box.w <= width &&
        box.y + box.h <= height &&
        !taken.some((b) => overlaps(b, box)),
    )
    // Off every other circle where it can be; over one (with its halo) only where nothing else fits.
    const clear = free.find(
      ({ box }) =>
        !circles.some(
          (o) => o !== c && overlaps(box, { x: o.cx - o.r, y: o.cy - o.r, w: 2 * o.r, h: 2 * o.r }),
        ),
    )
    const fit = clear ?? free[0]
    if (!fit) continue
    taken.push(fit.box)
    labels.push({ id: c.row.market.id, x: fit.x, y: fit.y, anchor: fit.anchor, text })
  }
  return labels
}

/** The land of one panel: memoised on its shapes and fills, so a hover redraws none of it. */
const Land = memo(function Land({
  shapes,
  fills,
  onHover,
  onLeave,
  onChoose,
}: {
  shapes: PanelLayout['shapes']
  fills: ReadonlyMap<string, { fill: string; row: FigureRow }>
  onHover: (row: FigureRow, event: MouseEvent) => void
  onLeave: () => void
  onChoose: (row: FigureRow) => void
}) {
  return (
    <g className="map-land">
      {shapes.map(({ id, d }, i) => {
        const shaded = id ? fills.get(id) : undefined
        return shaded ? (
          // biome-ignore lint/a11y/noStaticElementInteractions: the map's frame takes the keyboard; a shape answers the mouse
          <path
            // biome-ignore lint/suspicious/noArrayIndexKey: a country may have several shapes
            key={`${id}-${i}`}
            d={d}
            fill={shaded.fill}
            stroke="var(--bg)"
            strokeWidth={0.6}
            className="map-country"
            data-market={shaded.row.market.id}
            data-still
            onMouseEnter={(event) => onHover(shaded.row, event)}
            onMouseMove={(event) => onHover(shaded.row, event)}
            onMouseLeave={onLeave}
            onClick={() => onChoose(shaded.row)}
          />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: shapes without a code share the empty id
          <path key={`${id}-${i}`} d={d} fill="var(--land)" stroke="var(--bg)" strokeWidth={0.6} />
        )
      })}
    </g>
  )
})

export function MapChart({
  series,
  scale,
  unit,
  onSelect,
}: {
  series: MapSeries
  /** Over every year: circles, panels and shades keep still while the year changes. */
  scale: MapScale
  unit: DisplayUnit
  onSelect: (marketId: string) => void
}) {
  const frame = useRef<HTMLDivElement>(null)
  // Undefined until the frame is measured (in the same frame, before it is painted): projecting
  // the world at a guessed width and again at the real one was a third of the map's first draw.
  const [measured, setWidth] = useState<number | undefined>(undefined)
  const width = measured ?? 0
  useLayoutEffect(() => {
    const element = frame.current
    if (!element) return
    const measure = () => setWidth(Math.max(280, Math.floor(element.clientWidth)))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  // Projections and country outlines depend only on which panels show and the width: a change of
  // year or metric recolours shapes and redraws circles, it never re-projects the world.
  const shown = scale.panels.join(' ')
  const panels = useMemo(
    () => (measured === undefined ? [] : layoutPanels(shown.split(' ') as PanelId[], measured)),
    [shown, measured],
  )

  const { largest, breaks } = scale
  const largestRadius = Math.max(10, Math.min(...panels.map((p) => p.width)) * LARGEST_RADIUS)
  // A country total shades its shape in its own region's panel only (Malaysia not in Asia Pacific).
  const fills = useMemo(() => {
    const byPanel = new Map<PanelId, Map<string, { fill: string; row: FigureRow }>>()
    for (const c of series.countries) {
      const panel = byPanel.get(c.panel) ?? new Map()
      panel.set(c.country, {
        fill: `var(--map-${shadeOf(c.row.drawn.value, breaks) + 1})`,
        row: c.row,
      })
      byPanel.set(c.panel, panel)
    }
    return byPanel
  }, [series.countries, breaks])
  const mapHeight = Math.max(...panels.map((p) => p.y + p.height))
  const legendCircle = circleRadius(sizeLegendValues(largest)[0] ?? 0, largest, largestRadius)
  const sizeBlock = 2 * legendCircle + 34
  // The two legends side by side where there is room, the shades under the sizes on a phone.
  const stacked = width < NARROW
  const height =
    mapHeight +
    (stacked ? sizeBlock + (series.countries.length > 0 ? LEGEND : 0) : Math.max(LEGEND, sizeBlock))

  const [hovered, setHovered] = useState<{ row: FigureRow; hovered: Hovered } | null>(null)
  const show = (row: FigureRow, clientX: number, clientY: number, byKeyboard: boolean) => {
    const box = frame.current?.getBoundingClientRect()
    if (!box) return
    const at = { x: clientX - box.left, y: clientY - box.top }
    setHovered({ row, hovered: { index: 0, at, flip: at.x > box.width / 2, byKeyboard } })
  }
  const onHover = (row: FigureRow, event: MouseEvent) =>
    show(row, event.clientX, event.clientY, false)
  const onLeave = () => setHovered(null)
  const onChoose = (row: FigureRow) => onSelect(row.market.id)
  const moveTo = (index: number) => {
    const row = series.drawn[index]
    const element = row && frame.current?.querySelector(`[data-market="${row.market.id}"]`)
    if (!row || !element) return
    const box = element.getBoundingClientRect()
    show(row, box.right, box.top + box.height / 2, true)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const count = series.drawn.length
    if (count === 0) return
    const current = hovered ? series.drawn.indexOf(hovered.row) : -1
    const next: Record<string, number> = {
      ArrowDown: Math.min(count - 1, current + 1),
      ArrowRight: Math.min(count - 1, current + 1),
      ArrowUp: Math.max(0, current - 1),
      ArrowLeft: Math.max(0, current - 1),
      Home: 0,
      End: count - 1,
    }
    if (event.key in next) {
      event.preventDefault()
      moveTo(next[event.key] as number)
    } else if ((event.key === 'Enter' || event.key === ' ') && hovered) {
      event.preventDefault()
      onChoose(hovered.row)
    } else if (event.key === 'Escape') setHovered(null)
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a map read with the arrow keys, not a set of form fields
    <div
      className="map-chart"
      data-testid="map-chart"
      role="group"
      aria-label={t('map.chartAria')}
      ref={frame}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the arrow keys walk the markets from here
      tabIndex={0}
      onKeyDown={onKeyDown}
      onBlur={() => setHovered((h) => (h?.hovered.byKeyboard ? null : h))}
    >
      {measured === undefined ? null : (
        <svg
          className="chart-surface"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          aria-hidden="true"
        >
          {panels.map((layout) => {
            const inner = { w: layout.width - 2 * PAD, h: layout.height - TITLE - 2 * PAD }
            const placed: Placed[] = largestFirst(
              series.circles
                .filter((c) => c.panel === layout.panel.id)
                .flatMap((c) => {
                  const at = layout.project(c.lon, c.lat)
                  if (!at) return []
                  return [
                    {
                      row: c.row,
                      cx: at[0],
                      cy: at[1],
                      r: circleRadius(c.row.drawn.value, largest, largestRadius),
                      colour: regionColour(c.row.market.region),
                    },
                  ]
                }),
            )
            // The pointer means the circle whose centre is nearest among those it is inside.
            const pointed = (event: MouseEvent<SVGCircleElement>) => {
              const matrix = (event.currentTarget.parentNode as SVGGElement).getScreenCTM()
              if (!matrix) return undefined
              const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(
                matrix.inverse(),
              )
              return pickCircle(placed, at.x, at.y)?.row
            }
            const labels = placeLabels(placed, inner.w, inner.h, unit)
            const clipId = `map-clip-${layout.panel.id}`
            return (
              <g
                key={layout.panel.id}
                transform={`translate(${layout.x},${layout.y})`}
                className="map-panel"
                data-panel={layout.panel.id}
              >
                <text x={PAD} y={15} fill="var(--text)" fontSize={13} fontWeight={600}>
                  {regionLabel(layout.panel.id)}
                </text>
                <rect
                  x={0.5}
                  y={TITLE + 0.5}
                  width={layout.width - 1}
                  height={layout.height - TITLE - 1}
                  fill="none"
                  stroke="var(--grid)"
                />
                <clipPath id={clipId}>
                  <rect width={inner.w} height={inner.h} />
                </clipPath>
                <g transform={`translate(${PAD},${TITLE + PAD})`} clipPath={`url(#${clipId})`}>
                  <Land
                    shapes={layout.shapes}
                    fills={fills.get(layout.panel.id) ?? NO_FILLS}
                    onHover={onHover}
                    onLeave={onLeave}
                    onChoose={onChoose}
                  />
                  {placed.map((c) => (
                    // biome-ignore lint/a11y/noStaticElementInteractions: the map's frame takes the keyboard; a circle answers the mouse
                    <circle
                      key={c.row.market.id}
                      className="map-circle"
                      data-market={c.row.market.id}
                      data-value={c.row.drawn.value}
                      cx={c.cx}
                      cy={c.cy}
                      r={c.r}
                      fill={c.colour}
                      // See-through with a solid rim: where circles overlap, each edge still reads.
                      fillOpacity={0.72}
                      stroke={hovered?.row === c.row ? 'var(--text)' : c.colour}
                      strokeWidth={hovered?.row === c.row ? 2.5 : 1.5}
                      strokeDasharray={c.row.drawn.qualifier === 'about' ? '3 2' : undefined}
                      onMouseEnter={(event) => onHover(pointed(event) ?? c.row, event)}
                      onMouseMove={(event) => onHover(pointed(event) ?? c.row, event)}
                      onMouseLeave={onLeave}
                      onClick={(event) => onChoose(pointed(event) ?? c.row)}
                    />
                  ))}
                  {labels.map((l) => (
                    <text
                      key={l.id}
                      className="map-label"
                      x={l.x}
                      y={l.y}
                      textAnchor={l.anchor}
                      dominantBaseline="central"
                      fill="var(--text)"
                      stroke="var(--bg)"
                      strokeWidth={3}
                      paintOrder="stroke"
                      fontSize={LABEL_FONT}
                      fontWeight={600}
                    >
                      {l.text}
                    </text>
                  ))}
                </g>
              </g>
            )
          })}
          <MapLegend
            y={mapHeight + 10}
            width={width}
            largest={largest}
            largestRadius={largestRadius}
            breaks={series.countries.length > 0 ? breaks : undefined}
            unit={unit}
          />
        </svg>
      )}
      <HoverCard hovered={hovered?.hovered ?? null}>
        {hovered ? <FigureTooltipContent row={hovered.row} unit={unit} /> : null}
      </HoverCard>
    </div>
  )
}

const unitName = (unit: DisplayUnit) => (unit === 'gw' ? 'GW' : 'MW')
const shown = (mw: number, unit: DisplayUnit) => formatNumber(unit === 'gw' ? mw / 1000 : mw)

/** The size legend (three reference circles at the map's scale) and the country shades. */
function MapLegend({
  y,
  width,
  largest,
  largestRadius,
  breaks,
  unit,
}: {
  y: number
  width: number
  largest: number
  largestRadius: number
  breaks: number[] | undefined
  unit: DisplayUnit
}) {
  const values = largest > 0 ? sizeLegendValues(largest) : []
  const biggest = values[0] ? circleRadius(values[0], largest, largestRadius) : 0
  const base = y + 18 + biggest * 2
  const stacked = width < NARROW
  const shadeX = stacked ? 0 : Math.max(260, Math.min(width / 2, 420))
  const shadeY = stacked ? base + 14 : y
  const classes = breaks
    ? [
        t('map.legend.below', { value: shown(breaks[0] ?? 0, unit) }),
        ...breaks
          .slice(1)
          .map((b, i) =>
            t('map.legend.range', { from: shown(breaks[i] ?? 0, unit), to: shown(b, unit) }),
          ),
        t('map.legend.above', { value: shown(breaks.at(-1) ?? 0, unit) }),
      ]
    : []
  return (
    <g className="map-legend" data-testid="map-size-legend">
      {values.length > 0 ? (
        <>
          <text x={0} y={y + 6} fill="var(--muted)" fontSize={12}>
            {t('map.legend.size', { unit: unitName(unit) })}
          </text>
          {values.map((v) => {
            const r = circleRadius(v, largest, largestRadius)
            return (
              <g key={v} className="map-legend__size" data-value={v}>
                <circle cx={40} cy={base - r} r={r} fill="none" stroke="var(--muted)" />
                <line
                  x1={40}
                  x2={96}
                  y1={base - 2 * r}
                  y2={base - 2 * r}
                  stroke="var(--muted)"
                  strokeDasharray="2 2"
                />
                <text
                  x={100}
                  y={base - 2 * r}
                  dominantBaseline="central"
                  fill="var(--text)"
                  fontSize={11}
                >
                  {shown(v, unit)}
                </text>
              </g>
            )
          })}
        </>
      ) : null}
      {classes.length > 0 ? (
        <>
          <text x={shadeX} y={shadeY + 6} fill="var(--muted)" fontSize={12}>
            {t('map.legend.shade', { unit: unitName(unit) })}
          </text>
          {classes.map((label, i) => (
            <g key={label} transform={`translate(${shadeX},${shadeY + 16 + i * 17})`}>
              <rect width={14} height={12} fill={`var(--map-${i + 1})`} />
              <text x={20} y={6} dominantBaseline="central" fill="var(--text)" fontSize={11}>
                {label}
              </text>
            </g>
          ))}
        </>
      ) : null}
    </g>
  )
}
