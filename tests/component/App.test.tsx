import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../helpers/renderApp'

describe('smoke', () => {
  it('draws bars', async () => {
    const { container } = renderApp('/')
    await screen.findByRole('heading', { name: /Operational capacity by market/ })
    console.log(container.querySelectorAll('.recharts-bar-rectangle').length)
    const table = screen.getByRole('table')
    console.log(within(table).getAllByRole('row').length)
  })
})
