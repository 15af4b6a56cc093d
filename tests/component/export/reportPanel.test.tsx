import { fireEvent, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReportEntry } from '../../../src/export/report/reportStore'
import { withExportWords } from '../../../src/i18n/locale'

const TITLE = 'Southeast Asia (4): about 2,684 MW, about 1.14x London + Frankfurt'
const retitled: string[] = []

// The store is the browser's IndexedDB; here, one entry and a record of what is saved.
vi.mock('../../../src/export/report/reportStore', () => ({
  reportEntries: async () => [
    {
      id: 'a',
      order: 0,
      title: TITLE,
      view: 'compare',
      slide: { link: 'https://atlas.example/?ds=sea@2027.01.1' },
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
      width: 10,
      height: 10,
      csv: '',
      sources: [],
      added: '2026-12-06',
    } as unknown as ReportEntry,
  ],
  onReportChange: () => () => undefined,
  retitleEntry: async (_id: string, title: string) => {
    retitled.push(title)
  },
  moveEntry: async () => undefined,
  removeEntry: async () => undefined,
}))

// The panel's words come with it, as the app loads them (withExportWords).
const { ReportPanel } = await withExportWords(import('../../../src/export/report/ReportPanel'))

describe('retitling a report’s slide', () => {
  beforeEach(() => {
    retitled.length = 0
  })

  it('Enter saves the title, on one line however it was typed or pasted', async () => {
    render(<ReportPanel />)
    const box = await screen.findByRole('textbox', { name: 'Title of slide 1' })
    expect(box).toHaveValue(TITLE)
    box.focus()
    fireEvent.change(box, { target: { value: '  Who has\nthe most   megawatts ' } })
    fireEvent.keyDown(box, { key: 'Enter' })
    expect(box).not.toHaveFocus()
    expect(retitled).toEqual(['Who has the most megawatts'])
  })

  it('an Enter that ends a composition (an accent, an IME) is not a save', async () => {
    render(<ReportPanel />)
    const box = await screen.findByRole('textbox', { name: 'Title of slide 1' })
    box.focus()
    fireEvent.change(box, { target: { value: 'Capacidade operacional' } })
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true })
    expect(box).toHaveFocus()
    expect(retitled).toEqual([])
  })
})
