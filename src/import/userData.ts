/**
 * A user's own dataset: a dropped file or a `data=` URL, JSON in the dataset format or CSV in
 * the record's columns. Everything passes the same schema as the bundled data; every problem
 * is reported with its row or record and field. Nothing leaves the browser.
 */

import { readRecordCsv, recordContents } from '../data/recordCsv'
import { DATASET_SCHEMA, type Dataset, datasetSchema } from '../data/schema'
import { describeSchemaProblems } from '../data/schemaProblems'
import { MAX_FILE_MARKETS, USER_DATASET_PREFIX } from '../data/userDataLimits'
import { t } from '../i18n/locale'
import { slugify } from '../lib/slug'
import { xmlSafe } from '../lib/xmlText'
import type { ImportProgress, ImportRequest, ImportResult } from './importTypes'
import { tooLarge } from './tooLarge'

export const MAX_PROBLEMS_LISTED = 20

type Progress = (progress: ImportProgress) => void

function capped(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS_LISTED) return problems
  return [
    ...problems.slice(0, MAX_PROBLEMS_LISTED),
    `… and ${problems.length - MAX_PROBLEMS_LISTED} more problems`,
  ]
}

export function looksLikeJson(name: string, text: string): boolean {
  return /\.json$/i.test(name) || /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''))
}

/**
 * Reads a file's text into a dataset. `bundledMarkets` are the ids the bundled data uses: a
 * user market with the same id is kept apart under `<id>-yours` and said so, never merged.
 * `origin`: the host a link's data came from. Its markets, publishers and title then carry it
 * ("Seoul (from 198.51.100.7)"), so nothing it holds passes for Megawatt Atlas' sourced data.
 */
export function importUserText(
  name: string,
  text: string,
  bundledMarkets: ReadonlySet<string>,
  today: string,
  origin?: string,
  progress: Progress = () => undefined,
): ImportResult {
  const size = tooLarge(new Blob([text]).size)
  if (size) return { problems: [size], notes: [] }
  if (text.replace(/^\uFEFF/, '').trim() === '') return { problems: [t('import.empty')], notes: [] }
  const result = looksLikeJson(name, text)
    ? fromJson(text, progress)
    : fromCsv(name, text, today, progress)
  if (!result.dataset) return { ...result, problems: capped(result.problems) }
  const crowded = tooManyMarkets(result.dataset)
  if (crowded) return { problems: [crowded], notes: [] }
  const label = origin ? t('import.fromOrigin', { origin }) : t('import.yours')
  const { dataset, notes } = keepApart(result.dataset, bundledMarkets, label)
  const marked = labelled(dataset, label)
  return {
    // The reader's own file keeps its title in their list; a link's names its host.
    dataset: origin ? marked : { ...marked, title: dataset.title },
    problems: [],
    notes: [...result.notes, ...notes],
  }
}

/** Why a dataset holds more markets than a file may, or undefined. */
export function tooManyMarkets(dataset: Pick<Dataset, 'markets'>): string | undefined {
  return dataset.markets.length > MAX_FILE_MARKETS
    ? t('import.tooManyMarkets', { count: dataset.markets.length, limit: MAX_FILE_MARKETS })
    : undefined
}

/**
 * Every name a reader sees, marked with where the figures came from ("(yours)", "(from host)"):
 * no market, publisher or claim of a reader's file or a link passes for the bundled data's,
 * and none shares a bundled name ("Singapore" beside "Singapore (yours)").
 */
function labelled(dataset: Dataset, label: string): Dataset {
  const mark = (name: string) => (name.endsWith(` (${label})`) ? name : `${name} (${label})`)
  // Two markets of one file under one name are told apart by their ids.
  const named = new Map<string, number>()
  for (const m of dataset.markets) named.set(m.name, (named.get(m.name) ?? 0) + 1)
  const marketName = (m: Dataset['markets'][number]) =>
    (named.get(m.name) ?? 0) > 1 ? `${m.name} (${label}, ${m.id})` : mark(m.name)
  return {
    ...dataset,
    title: mark(dataset.title),
    markets: dataset.markets.map((m) => ({ ...m, name: marketName(m) })),
    sources: dataset.sources.map((s) => ({ ...s, publisher: mark(s.publisher) })),
    ...(dataset.claims
      ? {
          claims: dataset.claims.map((c) => ({
            ...c,
            claimant: mark(c.claimant),
            reportedBy: mark(c.reportedBy),
          })),
        }
      : {}),
  }
}

function fromJson(text: string, progress: Progress): ImportResult {
  let json: unknown
  try {
    // Strings cleaned as they are read: a \u0000 in the file is no character a name may hold.
    json = JSON.parse(text.replace(/^\uFEFF/, ''), (_, value) =>
      typeof value === 'string' ? xmlSafe(value) : value,
    )
  } catch (error) {
    return {
      problems: [
        t('import.notJson', { message: error instanceof Error ? error.message : String(error) }),
      ],
      notes: [],
    }
  }
  if (!json || typeof json !== 'object' || Array.isArray(json) || !('schema' in json))
    return {
      problems: [t('import.noSchema', { schema: DATASET_SCHEMA })],
      notes: [],
    }
  progress({ stage: 'format' })
  const checked = datasetSchema.safeParse(json)
  if (!checked.success) return { problems: describeSchemaProblems(checked.error, json), notes: [] }
  const dataset = { ...checked.data }
  // A user's dataset never takes a bundled dataset's id.
  if (!dataset.id.startsWith(USER_DATASET_PREFIX))
    dataset.id = `${USER_DATASET_PREFIX}${dataset.id}`
  return { dataset, problems: [], notes: [] }
}

function fromCsv(name: string, text: string, today: string, progress: Progress): ImportResult {
  const { rows, problems } = readRecordCsv(xmlSafe(text), (done, total) =>
    progress({ stage: 'rows', done, total }),
  )
  const listed = problems.map((p) => `row ${p.row}${p.field ? `: ${p.field}` : ''}: ${p.message}`)
  if (problems.length > 0) return { problems: listed, notes: [] }
  if (rows.length === 0) return { problems: [t('import.noRows')], notes: [] }
  const contents = recordContents(rows)
  const title = name.replace(/\.[^.]+$/, '') || t('import.defaultTitle')
  const regions = [...new Set(contents.markets.map((m) => m.region))]
  const dataset: Dataset = {
    schema: DATASET_SCHEMA,
    id: `${USER_DATASET_PREFIX}${slugify(title) || 'data'}`,
    title,
    region: regions.length === 1 ? (regions[0] as string) : 'mixed',
    version: 'local',
    published: today,
    ...contents,
  }
  progress({ stage: 'format' })
  const checked = datasetSchema.safeParse(dataset)
  if (!checked.success)
    return { problems: describeSchemaProblems(checked.error, dataset), notes: [] }
  return { dataset: checked.data, problems: [], notes: [] }
}

/**
 * Renames the user's markets whose ids are taken (by the bundled data; for a link's data, by the
 * reader's own files too), and says so.
 */
function keepApart(
  dataset: Dataset,
  taken: ReadonlySet<string>,
  label: string,
): { dataset: Dataset; notes: string[] } {
  const renamed = new Map<string, string>()
  const own = new Set(dataset.markets.map((m) => m.id))
  const free = (candidate: string) => !taken.has(candidate) && !own.has(candidate)
  // The id keeps its `-yours` for a link's data too: links made with it must keep working. Only
  // where the reader's own file already holds that id does a number follow (`-yours-2`).
  for (const market of dataset.markets) {
    if (!taken.has(market.id)) continue
    let next = `${market.id}-yours`
    for (let n = 2; !free(next); n++) next = `${market.id}-yours-${n}`
    renamed.set(market.id, next)
    own.add(next)
  }
  if (renamed.size === 0) return { dataset, notes: [] }
  const id = (x: string) => renamed.get(x) ?? x
  const notes = [...renamed].map(([from, to]) => t('import.keptApart', { from, to, label }))
  return {
    notes,
    dataset: {
      ...dataset,
      markets: dataset.markets.map((m) => ({
        ...m,
        id: id(m.id),
        name: renamed.has(m.id) ? `${m.name} (${label})` : m.name,
        ...(m.parent ? { parent: id(m.parent) } : {}),
        ...(m.members ? { members: m.members.map(id) } : {}),
      })),
      observations: dataset.observations.map((o) => ({ ...o, market: id(o.market) })),
      // A reader's event is about the reader's market, never the bundled one of the same id.
      ...(dataset.events
        ? { events: dataset.events.map((e) => ({ ...e, market: id(e.market) })) }
        : {}),
      ...(dataset.claims
        ? {
            claims: dataset.claims.map((c) => ({
              ...c,
              groups: c.groups.map((g) => ({ ...g, markets: g.markets.map(id) })),
            })),
          }
        : {}),
    },
  }
}

/** An import's file or text (importOffThread.ts), read and checked: in the worker, or in the page. */
export async function importRequest(
  request: ImportRequest,
  progress: Progress,
): Promise<ImportResult> {
  const text = 'file' in request ? await request.file.text() : request.text
  const name = 'file' in request ? request.file.name : request.name
  return importUserText(
    name,
    text,
    new Set(request.bundledMarkets),
    request.today,
    request.origin,
    progress,
  )
}
