/**
 * The user's own datasets: files dropped or picked (kept in IndexedDB, so a reload keeps them)
 * and the `data=` URL of a link (fetched, not stored). All go through importUserText.
 */
import { useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Dataset } from '../data/schema'
import { t, withPanelWords } from '../i18n/locale'
import { idbStore } from '../lib/idbStore'
import type { ImportJob } from './importOffThread'
import type { ImportProgress, ImportResult } from './importTypes'
import { storeRefusal } from './storeRefusal'

/** The importer (its worker, its messages) loads on first use, not with the page. */
const importer = () => withPanelWords(import('./userImports'))

const store = idbStore<Dataset>('megawatt-atlas', 'user-datasets')
const today = () => new Date().toISOString().slice(0, 10)

/** What the panel says about the last import; while it runs, how far it is and how to stop it. */
export type ImportReport = {
  name: string
  problems: string[]
  notes: string[]
  running?: { progress: ImportProgress | null; cancel: () => void }
} | null

/** A file kept from before that no longer passes the schema: listed with why, and removable. */
export type BrokenFile = { id: string; title: string; why: string }

const titleOf = (value: unknown): string | undefined =>
  value && typeof value === 'object' && 'title' in value && typeof value.title === 'string'
    ? value.title
    : undefined

export function useUserDatasets(bundledMarkets: ReadonlySet<string>) {
  const [files, setFiles] = useState<Dataset[]>([])
  const [broken, setBroken] = useState<BrokenFile[]>([])
  const [report, setReport] = useState<ImportReport>(null)

  useEffect(() => {
    let live = true
    // Stored files pass the schema again: the format may have moved on since they were saved.
    // (The schema's code loads only when there is something stored to check.)
    store.all().then(async (entries) => {
      if (entries.length === 0) return
      // With the words a user dataset's source line needs ("Not Megawatt Atlas data: …").
      const [{ datasetSchema }, { describeSchemaProblems }, { tooManyMarkets }] =
        await withPanelWords(
          Promise.all([
            import('../data/schema'),
            import('../data/schemaProblems'),
            import('./userData'),
          ]),
        )
      if (!live) return
      const kept: Dataset[] = []
      const unreadable: BrokenFile[] = []
      for (const { key, value } of entries) {
        const checked = datasetSchema.safeParse(value)
        // Kept before files had a limit of markets: listed, not drawn.
        const why = checked.success
          ? tooManyMarkets(checked.data)
          : describeSchemaProblems(checked.error, value).slice(0, 3).join('; ')
        if (why === undefined && checked.success) kept.push(checked.data)
        else unreadable.push({ id: key, title: titleOf(value) ?? key, why: why ?? '' })
      }
      setFiles(kept)
      setBroken(unreadable)
    })
    return () => {
      live = false
    }
  }, [])

  const addFile = useCallback(
    async (file: File) => {
      const { readUserFile } = await importer()
      let job: ImportJob | undefined
      const cancel = () => job?.cancel()
      const running = (progress: ImportProgress | null) =>
        setReport({ name: file.name, problems: [], notes: [], running: { progress, cancel } })
      job = readUserFile(file, bundledMarkets, today(), running)
      running(null)
      const refused = (problem: string) =>
        setReport({ name: file.name, problems: [problem], notes: [] })
      // A worker that cannot start (its code unreachable offline) or a store that refuses the
      // dataset: said in the panel like any other reason, nothing added.
      const failed = (error: unknown) =>
        refused(t('import.failed', { message: error instanceof Error ? error.message : '' }))
      let result: ImportResult | null
      try {
        result = await job.result
      } catch (error) {
        return failed(error)
      }
      if (!result) return refused(t('userData.cancelled'))
      const dataset = result.dataset
      if (!dataset) return setReport({ name: file.name, problems: result.problems, notes: [] })
      // Said added only once the browser has kept it: a full disk fails the write's commit.
      try {
        await store.put(dataset.id, dataset)
      } catch (error) {
        return refused(t('userData.notKept', { reason: storeRefusal(error) }))
      }
      setFiles((current) => [...current.filter((d) => d.id !== dataset.id), dataset])
      setReport({ name: file.name, problems: [], notes: result.notes })
    },
    [bundledMarkets],
  )

  const remove = useCallback(async (id: string) => {
    // Gone from the page even where the browser kept nothing to remove.
    await store.remove(id).catch(() => undefined)
    setFiles((current) => current.filter((d) => d.id !== id))
    setBroken((current) => current.filter((d) => d.id !== id))
    setReport(null)
  }, [])

  return { files, broken, report, addFile, remove }
}

export type UrlDatasetError = { url: string; message: string }

/** `data=<url>`: fetched once per URL; the error says whether the network, the server or the file failed. */
export function useUrlDataset(url: string | null, takenMarkets: ReadonlySet<string>) {
  // The reader's Cancel: the fetch stops and says so (a retry starts it again).
  const cancelling = useRef<AbortController | null>(null)
  const query = useQuery({
    // Read again if the reader's own files (whose ids it must not take) arrive after it.
    queryKey: ['user-url', url, takenMarkets.size],
    enabled: url !== null && takenMarkets.size > 0,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    queryFn: async ({ signal }) => {
      const own = new AbortController()
      cancelling.current = own
      signal.addEventListener('abort', () => own.abort())
      const { fetchUserDataset } = await importer()
      return fetchUserDataset(url as string, takenMarkets, today(), own.signal)
    },
  })
  const error: UrlDatasetError | undefined = useMemo(
    () => (url && query.error ? { url, message: query.error.message } : undefined),
    [url, query.error],
  )
  return {
    dataset: query.data?.dataset,
    notes: query.data?.notes ?? [],
    error,
    loading: query.isFetching,
    retry: query.refetch,
    cancel: () => cancelling.current?.abort(),
  }
}
