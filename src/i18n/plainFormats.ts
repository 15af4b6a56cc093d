/**
 * The page's numbers, plurals, lists and dates in English and Portuguese without Intl. The first
 * Intl object a page makes loads the browser's ICU data: 40-60 ms of the first view's script on
 * a desktop, three to four times that on a phone, before a single bar. These rules are the few
 * the interface's two languages need (tests hold them equal to Intl's); anything past them (a
 * number with more than four decimals, an exponent) goes to Intl, which then loads on demand.
 */
import type { Lang } from './langs'

export type PlainFormats = {
  number: (value: number) => string
  /** Whether `count` takes the singular ("1 market"; Portuguese also "0 mercado", "1,5"). */
  one: (count: number) => boolean
  list: (names: readonly string[], joiner: 'and' | 'or') => string
  /**
   * "2025-06-13" -> "13 June 2025" / "13 de junho de 2025"; as precise as it is given:
   * "2022-07" -> "July 2022" / "julho de 2022", "2022" -> "2022".
   */
  day: (isoDay: string) => string
}

type Rules = {
  group: string
  decimal: string
  and: string
  or: string
  one: (count: number) => boolean
  day: (day: number, month: string, year: number) => string
  month: (month: string, year: number) => string
  months: readonly string[]
}

const RULES: Record<Lang, Rules> = {
  en: {
    group: ',',
    decimal: '.',
    and: ' and ',
    or: ' or ',
    one: (count) => Math.abs(count) === 1,
    day: (day, month, year) => `${day} ${month} ${year}`,
    month: (month, year) => `${month} ${year}`,
    // British order ("13 June 2025"), as the interface has always written dates.
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
  'pt-BR': {
    group: '.',
    decimal: ',',
    and: ' e ',
    or: ' ou ',
    one: (count) => Math.trunc(Math.abs(count)) <= 1,
    day: (day, month, year) => `${day} de ${month} de ${year}`,
    month: (month, year) => `${month} de ${year}`,
    months: [
      'janeiro',
      'fevereiro',
      'março',
      'abril',
      'maio',
      'junho',
      'julho',
      'agosto',
      'setembro',
      'outubro',
      'novembro',
      'dezembro',
    ],
  },
}

const MAX_DECIMALS = 4
// Past this, ICU's plural rules read the number in ways of their own (1e21 is "one" in Portuguese).
const PLAIN_COUNT = 1e15

export function plainFormats(lang: Lang): PlainFormats {
  const rules = RULES[lang]
  let intlNumber: Intl.NumberFormat | undefined
  let intlPlural: Intl.PluralRules | undefined
  const viaIntl = (value: number) => {
    intlNumber ??= new Intl.NumberFormat(lang, { maximumFractionDigits: MAX_DECIMALS })
    return intlNumber.format(value)
  }
  return {
    number(value) {
      const written = String(value)
      if (!Number.isFinite(value) || written.includes('e')) return viaIntl(value)
      const [whole = '', decimals] = written.replace('-', '').split('.')
      if (decimals !== undefined && decimals.length > MAX_DECIMALS) return viaIntl(value)
      const grouped = whole.replace(/\B(?=(\d{3})+$)/g, rules.group)
      const sign = value < 0 || Object.is(value, -0) ? '-' : ''
      return sign + grouped + (decimals === undefined ? '' : rules.decimal + decimals)
    },
    one(count) {
      if (Math.abs(count) < PLAIN_COUNT) return rules.one(count)
      intlPlural ??= new Intl.PluralRules(lang)
      return intlPlural.select(count) === 'one'
    },
    list(names, joiner) {
      if (names.length < 2) return names[0] ?? ''
      return `${names.slice(0, -1).join(', ')}${rules[joiner]}${names.at(-1)}`
    },
    day(isoDay) {
      const [year, month, day] = isoDay.split('-').map(Number) as [number, number?, number?]
      if (!Number.isInteger(year)) return isoDay
      if (month === undefined) return String(year)
      const name = rules.months[month - 1]
      if (!name) return isoDay
      if (day === undefined) return rules.month(name, year)
      return Number.isInteger(day) ? rules.day(day, name, year) : isoDay
    },
  }
}
