/** What the page, the import's worker and the reader say to each other. */
import type { Dataset } from '../data/schema'
import type { Lang } from '../i18n/locale'

export type ImportResult = { dataset?: Dataset; problems: string[]; notes: string[] }

/** How far an import is: its rows read (CSV), then the whole checked against the format. */
export type ImportProgress = { stage: 'rows'; done: number; total: number } | { stage: 'format' }

/** A file the reader picked, or the text of a link's data= address. */
export type Source = { file: File } | { name: string; text: string }

export type ImportRequest = Source & {
  bundledMarkets: string[]
  today: string
  /** The host a link's data came from (its figures carry it). */
  origin?: string
  lang: Lang
}

export type ImportReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: ImportResult }
