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

describe('the arrow keys through a chart’s bars', () => {
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
