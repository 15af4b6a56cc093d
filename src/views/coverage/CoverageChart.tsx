/**
 * The coverage grid: markets down, years across, each cell the drawn figure shaded by how many
 * publishers gave one. Plain SVG (no Recharts: a grid has no axis to scale), so the export takes
 * it as it takes a Recharts chart. The mouse and the arrow keys walk the cells; a click or Enter
 * opens every figure of one.
 */
import {
  type KeyboardEvent,
  type MouseEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { HoverCard, type Hovered } from '../../charts/ChartHover'
import { useBoxWidth } from '../../charts/categoryAxis'
import { FigureTooltipContent } from '../../charts/FigureTooltip'
import { formatFigureShort, regionLabel } from '../../charts/format'
import { textOn } from '../../charts/palette'
import { t, tn } from '../../i18n/locale'
import type { DisplayUnit } from '../../view/viewState'
import type { CoverageCell, CoverageGrid, CoverageRow } from './coverageGrid'

/** Fills for 1, 2, 3 and 4+ publishers: ColorBrewer's sequential blues, read by every eye. */
export const COVERAGE_FILLS = ['#deebf7', '#9ecae1', '#4292c6', '#08519c'] as const

export function coverageFill(publishers: number): string {
  return COVERAGE_FILLS[Math.min(publishers, COVERAGE_FILLS.length) - 1] ?? 'var(--bg)'
}

const NAME_WIDTH = 176
/** A cell's width at the least; on a wide card the cells share its width, up to the most. */
const CELL_WIDTH = 64
const CELL_WIDTH_MOST = 120
const CELL_HEIGHT = 28
const HEAD_HEIGHT = 26
const REGION_HEIGHT = 28
const GAP = 3

type Place = { row: number; col: number }
type Line =
  | { kind: 'region'; region: string; y: number }
  | { kind: 'market'; row: CoverageRow; index: number; y: number }

function layout(grid: CoverageGrid): { lines: Line[]; height: number } {
  const lines: Line[] = []
  let y = HEAD_HEIGHT
  let index = 0
  for (const { region, rows } of grid.regions) {
    lines.push({ kind: 'region', region, y })
    y += REGION_HEIGHT
    for (const row of rows) {
      lines.push({ kind: 'market', row, index: index++, y })
      y += CELL_HEIGHT
    }
  }
  return { lines, height: y + GAP }
}

export function CoverageChart({
  grid,
  unit,
  onSelect,
}: {
  grid: CoverageGrid
  unit: DisplayUnit
  onSelect: (marketId: string, year: number) => void
}) {
  const frame = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState<(Place & { hovered: Hovered }) | null>(null)
  const rows = useMemo(() => grid.regions.flatMap((r) => r.rows), [grid])
  const { lines, height } = useMemo(() => layout(grid), [grid])
  const [box, boxWidth] = useBoxWidth()
  const cellWidth =
    boxWidth === undefined || grid.years.length === 0
      ? CELL_WIDTH
      : Math.max(
          CELL_WIDTH,
          Math.min(CELL_WIDTH_MOST, Math.floor((boxWidth - NAME_WIDTH) / grid.years.length)),
        )
  const width = NAME_WIDTH + grid.years.length * cellWidth

  const cellAt = (place: Place) => rows[place.row]?.cells[place.col]
  const show = (place: Place, clientX: number, clientY: number, byKeyboard: boolean) => {
    const box = frame.current?.getBoundingClientRect()
    if (!box) return
    const at = { x: clientX - box.left, y: clientY - box.top }
    setActive({ ...place, hovered: { index: 0, at, flip: at.x > box.width / 2, byKeyboard } })
  }
  const choose = (place: Place) => {
    const market = rows[place.row]?.market
    const cell = cellAt(place)
    if (market && cell?.row) onSelect(market.id, cell.year)
  }
  const moveTo = (place: Place) => {
    const element = frame.current?.querySelector(
      `[data-cell="${place.row}-${place.col}"]`,
    ) as SVGGElement | null
    if (!element) return
    element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' })
    const box = element.getBoundingClientRect()
    show(place, box.right, box.top + box.height / 2, true)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0 || grid.years.length === 0) return
    const lastRow = rows.length - 1
    const lastCol = grid.years.length - 1
    const { row, col } = active ?? { row: -1, col: lastCol }
    const next: Record<string, Place> = {
      ArrowDown: { row: Math.min(lastRow, row + 1), col },
      ArrowUp: { row: Math.max(0, row - 1), col },
      ArrowRight: { row: Math.max(0, row), col: Math.min(lastCol, col + 1) },
      ArrowLeft: { row: Math.max(0, row), col: Math.max(0, col - 1) },
      Home: { row: Math.max(0, row), col: 0 },
      End: { row: Math.max(0, row), col: lastCol },
    }
    const target = next[event.key]
    if (target) {
      event.preventDefault()
      moveTo(target)
    } else if ((event.key === 'Enter' || event.key === ' ') && active) {
      event.preventDefault()
      choose(active)
    } else if (event.key === 'Escape') setActive(null)
  }

  // On a screen too narrow for every year, open on the latest ones: the names stay in view.
  const scroller = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const element = scroller.current
    void cellWidth
    if (element && grid.years.length > 0) element.scrollLeft = element.scrollWidth
  }, [grid.years.length, cellWidth])

  const activeRow = active ? rows[active.row] : undefined
  const activeCell = active ? cellAt(active) : undefined
  return (
    // biome-ignore lint/a11y/useSemanticElements: a grid read with the arrow keys, not a set of form fields
    <div
      className="coverage-chart"
      data-testid="coverage-chart"
      role="group"
      aria-label={t('coverage.chartAria')}
      ref={frame}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the arrow keys walk the cells from here
      tabIndex={0}
      onKeyDown={onKeyDown}
      onBlur={() => setActive((a) => (a?.hovered.byKeyboard ? null : a))}
    >
      {/* The card's width, which the cells share. */}
      <div ref={box} aria-hidden="true" />
      <div className="coverage-chart__scroll" ref={scroller}>
        {/* The names again, pinned over the grid's own while it scrolls sideways. */}
        <svg
          className="coverage-chart__names"
          width={NAME_WIDTH}
          height={height}
          viewBox={`0 0 ${NAME_WIDTH} ${height}`}
          aria-hidden="true"
        >
          <Names lines={lines} />
        </svg>
        <svg
          className="chart-surface"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          aria-hidden="true"
        >
          {grid.years.map((year, col) => (
            <text
              key={year}
              className="coverage-year"
              x={NAME_WIDTH + col * cellWidth + (cellWidth - GAP) / 2}
              y={HEAD_HEIGHT / 2}
              textAnchor="middle"
              dominantBaseline="central"
              fill="var(--muted)"
              fontSize={12}
              fontWeight={600}
            >
              {year}
            </text>
          ))}
          <Names lines={lines} />
          {lines.map((line) =>
            line.kind === 'region' ? null : (
              <MarketLine
                key={line.row.market.id}
                line={line}
                unit={unit}
                cellWidth={cellWidth}
                activeCol={active?.row === line.index ? active.col : undefined}
                onHover={(col, event) =>
                  show({ row: line.index, col }, event.clientX, event.clientY, false)
                }
                onLeave={() => setActive(null)}
                onChoose={(col) => choose({ row: line.index, col })}
              />
            ),
          )}
        </svg>
      </div>
      <HoverCard hovered={active?.hovered ?? null}>
        {activeRow && activeCell ? (
          <CellCard market={activeRow.market.name} cell={activeCell} unit={unit} />
        ) : null}
      </HoverCard>
    </div>
  )
}

/** Region headings and market names, a market inside another one indented under it. */
function Names({ lines }: { lines: Line[] }) {
  return (
    <g className="coverage-names">
      {lines.map((line) =>
        line.kind === 'region' ? (
          <text
            key={`region-${line.region}`}
            x={0}
            y={line.y + REGION_HEIGHT / 2 + 2}
            dominantBaseline="central"
            fill="var(--text)"
            fontSize={13}
            fontWeight={700}
          >
            {regionLabel(line.region)}
          </text>
        ) : (
          <text
            key={line.row.market.id}
            className="coverage-market"
            data-market={line.row.market.id}
            x={line.row.inside ? 14 : 0}
            y={line.y + (CELL_HEIGHT - GAP) / 2}
            dominantBaseline="central"
            fill={line.row.inside ? 'var(--muted)' : 'var(--text)'}
            fontSize={13}
          >
            {line.row.market.name}
          </text>
        ),
      )}
    </g>
  )
}

function MarketLine({
  line,
  unit,
  cellWidth,
  activeCol,
  onHover,
  onLeave,
  onChoose,
}: {
  line: Extract<Line, { kind: 'market' }>
  unit: DisplayUnit
  cellWidth: number
  activeCol: number | undefined
  onHover: (col: number, event: MouseEvent) => void
  onLeave: () => void
  onChoose: (col: number) => void
}) {
  const { row, index, y } = line
  return (
    <g className="coverage-row" data-market={row.market.id}>
      {row.cells.map((cell, col) => {
        const fill = coverageFill(cell.publishers)
        const empty = cell.row === undefined
        const x = NAME_WIDTH + col * cellWidth
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: the grid's frame takes the keyboard; a cell answers the mouse
          <g
            key={cell.year}
            className={empty ? 'coverage-cell is-empty' : 'coverage-cell'}
            data-cell={`${index}-${col}`}
            data-market={row.market.id}
            data-year={cell.year}
            data-publishers={cell.publishers}
            onMouseEnter={(event) => onHover(col, event)}
            onMouseMove={(event) => onHover(col, event)}
            onMouseLeave={onLeave}
            onClick={() => onChoose(col)}
          >
            <rect
              x={x}
              y={y}
              width={cellWidth - GAP}
              height={CELL_HEIGHT - GAP}
              rx={3}
              fill={fill}
              stroke={activeCol === col ? 'var(--text)' : empty ? 'var(--axis)' : 'none'}
              strokeWidth={activeCol === col ? 2 : 1}
              strokeDasharray={empty && activeCol !== col ? '3 3' : undefined}
            />
            {cell.row ? (
              <text
                className="coverage-value"
                x={x + (cellWidth - GAP) / 2}
                y={y + (CELL_HEIGHT - GAP) / 2}
                textAnchor="middle"
                dominantBaseline="central"
                fill={textOn(fill)}
                fontSize={12}
                pointerEvents="none"
              >
                {formatFigureShort(cell.row.drawn, unit)}
              </text>
            ) : null}
          </g>
        )
      })}
    </g>
  )
}

function CellCard({
  market,
  cell,
  unit,
}: {
  market: string
  cell: CoverageCell
  unit: DisplayUnit
}) {
  if (!cell.row)
    return (
      <div className="figure-tooltip">
        <p>{t('coverage.cell.none', { market, year: String(cell.year) })}</p>
      </div>
    )
  return (
    <FigureTooltipContent
      row={cell.row}
      unit={unit}
      note={`${cell.year} · ${t('coverage.cell.publishers', {
        publishers: tn('count.publishers', cell.publishers),
      })}`}
    />
  )
}
