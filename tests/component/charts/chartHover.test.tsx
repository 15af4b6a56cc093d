import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { useChartHover } from '../../../src/charts/ChartHover'

const MARKETS = ['London', 'Singapore', 'Johor']

/** A chart whose bars come a render after its frame, as the views draw them (useStages). */
function Chart() {
  const [drawn, setDrawn] = useState(false)
  const { hovered, frameProps } = useChartHover(MARKETS.length, () => undefined)
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: the frame as the views draw it (FigureHoverFrame) */}
      <div {...frameProps} role="group" aria-label="chart">
        {drawn &&
          MARKETS.map((m) => <svg key={m} className="recharts-bar-rectangle" aria-label={m} />)}
      </div>
      <button type="button" onClick={() => setDrawn(true)}>
        draw the bars
      </button>
      <p>{hovered ? `reading ${MARKETS[hovered.index]}` : 'reading nothing'}</p>
    </>
  )
}

/**
 * A chart whose bars are drawn by a part of its own (as Recharts' layers are, from its store):
 * the frame's owner does not render again when they come.
 */
function Bars() {
  const [drawn, setDrawn] = useState(false)
  return (
    <>
      {drawn &&
        MARKETS.map((m) => <svg key={m} className="recharts-bar-rectangle" aria-label={m} />)}
      <button type="button" onClick={() => setDrawn(true)}>
        draw the bars
      </button>
    </>
  )
}

function ChartDrawnByItsLayer() {
  const { hovered, frameProps } = useChartHover(MARKETS.length, () => undefined)
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: the frame as the views draw it (FigureHoverFrame) */}
      <div {...frameProps} role="group" aria-label="chart">
        <Bars />
      </div>
      <p>{hovered ? `reading ${MARKETS[hovered.index]}` : 'reading nothing'}</p>
    </>
  )
}

describe('the arrow keys through a chart’s bars', () => {
  it('a key pressed before a layer of the chart draws its bars is read once it does', async () => {
    render(<ChartDrawnByItsLayer />)
    fireEvent.keyDown(screen.getByRole('group', { name: 'chart' }), { key: 'ArrowDown' })
    fireEvent.click(screen.getByRole('button', { name: 'draw the bars' }))
    expect(await screen.findByText('reading London')).toBeInTheDocument()
  })

  it('a key pressed before the bars are drawn is read once they are', async () => {
    render(<Chart />)
    fireEvent.keyDown(screen.getByRole('group', { name: 'chart' }), { key: 'ArrowDown' })
    expect(screen.getByText('reading nothing')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'draw the bars' }))
    expect(await screen.findByText('reading London')).toBeInTheDocument()
  })

  it('Escape drops a key that still waits for its bar', async () => {
    render(<Chart />)
    const chart = screen.getByRole('group', { name: 'chart' })
    fireEvent.keyDown(chart, { key: 'End' })
    fireEvent.keyDown(chart, { key: 'Escape' })
    fireEvent.click(screen.getByRole('button', { name: 'draw the bars' }))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.getByText('reading nothing')).toBeInTheDocument()
    fireEvent.keyDown(chart, { key: 'End' })
    expect(await screen.findByText('reading Johor')).toBeInTheDocument()
  })
})
