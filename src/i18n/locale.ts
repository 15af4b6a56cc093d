/**
 * The page's language: its words (one catalogue per language, src/i18n/messages.*.ts), numbers
 * (1,000.5 or 1.000,5) and dates. One active locale for the whole page, set before React draws
 * in it (main.tsx, App on a change); the views remount when it changes, so nothing memoised
 * keeps words of the other language. English ships with the page; Portuguese loads when asked.
 */
import type { Lang } from './langs'
import { en, type MessageKey, type Messages } from './messages.en'
import { type PlainFormats, plainFormats } from './plainFormats'

export type { Lang, MessageKey }

type Values = Record<string, string | number>

type Words = Partial<Messages>

type Locale = {
  lang: Lang
  messages: Words
  formats: PlainFormats
}

function makeLocale(lang: Lang, messages: Words): Locale {
  return { lang, messages, formats: plainFormats(lang) }
}

// English starts with the first view's words; the same object gains the rest (moreWords).
const english: Words = { ...en }
const loaded = new Map<Lang, Words>([['en', english]])
let active = makeLocale('en', english)

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Messages>> = {
  'pt-BR': () => import('./messages.pt-BR').then((m) => m.ptBR),
}

/** Fetches a language's catalogue (English's first-view words are always in). */
export async function loadLang(lang: Lang): Promise<void> {
  if (!loaded.has(lang) && lang !== 'en') loaded.set(lang, await LOADERS[lang]())
}

let more: Promise<void> | undefined
let landing: Promise<void> | undefined
/** The English words of everything after the first view (other languages load whole). */
function moreWords(): Promise<void> {
  more ??= import('./messages.en.more').then((m) => {
    Object.assign(english, m.enMore)
  })
  return more
}
/** The English words only the landing (compare) shows beyond the first view's. */
function landingWords(): Promise<void> {
  landing ??= import('./messages.en.landing').then((m) => {
    Object.assign(english, m.enLanding)
  })
  return landing
}

let exportPart: Promise<void> | undefined
/** The English words of the exports: the Download and Report panels, the slides, the files. */
function exportWords(): Promise<void> {
  exportPart ??= import('./messages.en.export').then((m) => {
    Object.assign(english, m.enExport)
  })
  return exportPart
}

let panelPart: Promise<void> | undefined
/**
 * A panel or note a reader opens or a link brings (their own data, a link's data, the notes on a
 * link, the claim check), once its words are in.
 */
export function withPanelWords<T>(module: Promise<T>): Promise<T> {
  panelPart ??= import('./messages.en.panels').then((m) => {
    Object.assign(english, m.enPanels)
  })
  return Promise.all([withWords(module), panelPart]).then(([m]) => m)
}

/** The Download or Report panel, once its words and the exports' words are in. */
export function withExportWords<T>(module: Promise<T>): Promise<T> {
  return Promise.all([withWords(module), exportWords()]).then(([m]) => m)
}

// The English words only one view shows: a view's link does not download the others'.
const VIEW_WORDS = {
  trend: () => import('./messages.en.trend').then((m) => m.enTrend),
  pipeline: () => import('./messages.en.pipeline').then((m) => m.enPipeline),
  sources: () => import('./messages.en.sources').then((m) => m.enSources),
  coverage: () => import('./messages.en.coverage').then((m) => m.enCoverage),
  map: () => import('./messages.en.map').then((m) => m.enMap),
}
export type ViewWithWords = keyof typeof VIEW_WORDS
export const VIEWS_WITH_WORDS = Object.keys(VIEW_WORDS) as ViewWithWords[]
const viewParts = new Map<ViewWithWords, Promise<void>>()
function viewWords(view: ViewWithWords): Promise<void> {
  let part = viewParts.get(view)
  if (!part) {
    part = VIEW_WORDS[view]().then((words) => {
      Object.assign(english, words)
    })
    viewParts.set(view, part)
  }
  return part
}

/**
 * A lazily loaded module, once its words are in too: wrap the import of a view or panel. A view
 * with words of its own (messages.en.<view>.ts) names itself.
 */
export function withWords<T>(module: Promise<T>, view?: ViewWithWords): Promise<T> {
  return Promise.all([module, moreWords(), view && viewWords(view)]).then(([m]) => m)
}

/** The landing's view, with only the words it shows (the rest load with what shows them). */
export function withLandingWords<T>(module: Promise<T>): Promise<T> {
  return Promise.all([module, landingWords()]).then(([m]) => m)
}

export const isLoaded = (lang: Lang) => loaded.has(lang)

/** Makes `lang` the page's language; its catalogue must be loaded (loadLang). */
export function setLang(lang: Lang): void {
  if (active.lang === lang) return
  const messages = loaded.get(lang)
  if (!messages) throw new Error(`The ${lang} catalogue is not loaded`)
  active = makeLocale(lang, messages)
  if (typeof document !== 'undefined') document.documentElement.lang = lang
}

export const currentLang = (): Lang => active.lang

/** Portuguese for a browser that asks for it first, English otherwise. */
export function browserLang(languages: readonly string[] = navigator.languages): Lang {
  const first = languages.find((l) => /^(pt|en)\b/i.test(l))
  return first?.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en'
}

/** Numbers in the page's language: "1,002" or "1.002". */
export const formatNumber = (value: number): string => active.formats.number(value)

/** "2025-06-13" -> "13 June 2025" / "13 de junho de 2025". */
export const formatDay = (isoDay: string): string => active.formats.day(isoDay)

/** "A", "A and B", "A, B and C" ("A, B e C"). */
export const listNames = (names: string[]): string => active.formats.list(names, 'and')

/** "mw or gw" ("mw ou gw"). */
export const orList = (options: readonly string[]): string => active.formats.list(options, 'or')

function fill(template: string | undefined, values: Values | undefined, key: string): string {
  if (template === undefined) {
    // A module that shows words from messages.en.more.ts must be loaded through withWords
    // (messages.en.landing.ts: by the compare view, loaded withLandingWords).
    console.error(`Megawatt Atlas: the message ${key} was used before its words were loaded`)
    return '…'
  }
  if (!values) return template
  // English's possessive after a name ending in s is an apostrophe alone: "the Philippines’".
  const filled = template.replace(/\{(\w+)\}(’s)?/g, (whole, name: string, possessive = '') => {
    const value = values[name]
    if (value === undefined) return whole
    const text = typeof value === 'number' ? formatNumber(value) : value
    return text + (possessive && active.lang === 'en' && /s$/.test(text) ? '’' : possessive)
  })
  // A sentence (a message ending in a full stop) that opens on a name said with its article
  // ("the Philippines") opens in capitals; a phrase set inside another sentence does not.
  return template.startsWith('{') && template.endsWith('.')
    ? filled.replace(/^the /, 'The ')
    : filled
}

/**
 * A market's name where a sentence says it: English says "the Philippines", "the Netherlands";
 * a chart's label keeps the bare name.
 */
export function nameInSentence(name: string): string {
  return active.lang === 'en' && NAMES_WITH_THE.test(name) ? `the ${name}` : name
}
const NAMES_WITH_THE =
  /^(Philippines|Netherlands|United Kingdom|United States|United Arab Emirates|Czech Republic)\b/

/** The message `key` in the page's language, `{name}` placeholders filled (numbers formatted). */
export function t(key: MessageKey, values?: Values): string {
  return fill(active.messages[key], values, key)
}

/**
 * A message as a value: its key and the values of its placeholders. Layers below the page (the
 * data layer) return these instead of sentences; the words are made where they are shown, in the
 * page's language at that moment.
 */
export type Said = { key: MessageKey; values?: Values }

/** A Said in the page's language. */
export const say = (said: Said): string => t(said.key, said.values)

/** Keys with a plural pair: `x_one` and `x_other`. */
type PluralBase = { [K in MessageKey]: K extends `${infer Base}_one` ? Base : never }[MessageKey]

/** The singular or plural form of `key` for `count` (Portuguese counts 0 as singular, too). */
export function tn(key: PluralBase, count: number, values?: Values): string {
  const form = active.formats.one(count) ? 'one' : 'other'
  const full = `${key}_${form}` as MessageKey
  return fill(active.messages[full], { count, ...values }, full)
}
