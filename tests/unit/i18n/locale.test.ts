import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  browserLang,
  formatDay,
  formatNumber,
  listNames,
  loadLang,
  setLang,
  t,
  tn,
} from '../../../src/i18n/locale'

beforeAll(() => loadLang('pt-BR'))
afterEach(() => setLang('en'))

describe('the page language', () => {
  it('writes numbers as each language does, never rounding a figure', () => {
    expect(formatNumber(1000.5)).toBe('1,000.5')
    expect(formatNumber(54.25)).toBe('54.25')
    setLang('pt-BR')
    expect(formatNumber(1000.5)).toBe('1.000,5')
    expect(formatNumber(1002)).toBe('1.002')
    expect(formatNumber(54.25)).toBe('54,25')
  })

  it('writes dates and lists in the language', () => {
    expect(formatDay('2025-06-13')).toBe('13 June 2025')
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C')
    setLang('pt-BR')
    expect(formatDay('2025-06-13')).toBe('13 de junho de 2025')
    expect(listNames(['A', 'B', 'C'])).toBe('A, B e C')
  })

  it('fills placeholders, formatting numbers, and picks the plural form', () => {
    expect(t('markets.countSome', { count: 1200, total: 3400 })).toBe('1,200 of 3,400')
    expect(tn('count.markets', 1)).toBe('1 market')
    expect(tn('count.markets', 0)).toBe('0 markets')
    setLang('pt-BR')
    expect(tn('count.markets', 2)).toBe('2 mercados')
    // Portuguese counts zero as singular.
    expect(tn('count.markets', 0)).toBe('0 mercado')
  })

  it('follows the browser: Portuguese when it asks for it first', () => {
    expect(browserLang(['pt-BR', 'en'])).toBe('pt-BR')
    expect(browserLang(['pt-PT'])).toBe('pt-BR')
    expect(browserLang(['en-GB', 'pt-BR'])).toBe('en')
    expect(browserLang(['de-DE'])).toBe('en')
  })
})

describe('names the record gives in English', () => {
  it('a region’s name leading a group’s or dataset’s name is said in the page’s language', async () => {
    const { regionalName } = await import('../../../src/charts/format')
    expect(regionalName('Southeast Asia (4)')).toBe('Southeast Asia (4)')
    setLang('pt-BR')
    expect(regionalName('Southeast Asia (4)')).toBe('Sudeste Asiático (4)')
    expect(regionalName('Europe')).toBe('Europa')
    expect(regionalName('Asia Pacific (other)')).toBe('Ásia-Pacífico (outros)')
    // Any other name is the reader's or the record's own, kept as written.
    expect(regionalName('London + Frankfurt')).toBe('London + Frankfurt')
    expect(regionalName('Southeast Asian picks')).toBe('Southeast Asian picks')
  })
})

describe('names in English sentences', () => {
  it('an s-final name takes an apostrophe alone, and the Philippines its article', async () => {
    const { nameInSentence } = await import('../../../src/i18n/locale')
    const figure = '68 MW'
    expect(t('warning.notAdded', { inner: 'Johor', figure })).toBe(
      'Johor’s 68 MW is not added again.',
    )
    expect(t('warning.notAdded', { inner: nameInSentence('Philippines'), figure })).toBe(
      'The Philippines’ 68 MW is not added again.',
    )
    expect(t('warning.notAdded', { inner: nameInSentence('Paris'), figure })).toBe(
      'Paris’ 68 MW is not added again.',
    )
    expect(nameInSentence('Netherlands')).toBe('the Netherlands')
    expect(nameInSentence('Singapore')).toBe('Singapore')
    // Portuguese places the name itself and says no English article.
    setLang('pt-BR')
    expect(nameInSentence('Philippines')).toBe('Philippines')
    expect(t('warning.notAdded', { inner: 'Paris', figure })).toBe(
      'o número de Paris, 68 MW, não é somado de novo.',
    )
  })
})
