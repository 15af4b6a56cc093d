/**
 * The user's own datasets: files dropped or picked (kept in IndexedDB, so a reload keeps them)
 * and the `data=` URL of a link (fetched, not stored). All go through importUserText.
 */
import { useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Dataset } from '../data/schema'
import { t, withPanelWords } from '../i18n/locale'
import { idbStore } from '../lib/idbStore'
import type { ImportJob } from './importOffThread'
import type { ImportProgress, ImportResult } from './importTypes'

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

export function useUserDatasets(bundledMarkets: ReadonlySet<string>) {
  const [files, setFiles] = useState<Dataset[]>([])
  const [report, setReport] = useState<ImportReport>(null)

  useEffect(() => {
    let live = true
    // Stored files pass the schema again: the format may have moved on since they were saved.
    // (The schema's code loads only when there is something stored to check.)
    store.all().then(async (entries) => {
      if (entries.length === 0) return
      // With the words a user dataset's source line needs ("Not Megawatt Atlas data: …").
      const { datasetSchema } = await withPanelWords(import('../data/schema'))
      if (!live) return
      setFiles(
        entries.flatMap(({ value }) => {
          const checked = datasetSchema.safeParse(value)
          return checked.success ? [checked.data] : []
        }),
      )
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
      try {
        await store.put(dataset.id, dataset)
      } catch (error) {
        return failed(error)
      }
      setFiles((current) => [...current.filter((d) => d.id !== dataset.id), dataset])
      setReport({ name: file.name, problems: [], notes: result.notes })
    },
    [bundledMarkets],
  )

  const remove = useCallback(async (id: string) => {
    await store.remove(id)
    setFiles((current) => current.filter((d) => d.id !== id))
    setReport(null)
  }, [])

  return { files, report, addFile, remove }
}

export type UrlDatasetError = { url: string; message: string }

/** `data=<url>`: fetched once per URL; the error says whether the network, the server or the file failed. */
export function useUrlDataset(url: string | null, bundledMarkets: ReadonlySet<string>) {
  const query = useQuery({
    queryKey: ['user-url', url],
    enabled: url !== null && bundledMarkets.size > 0,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    queryFn: async ({ signal }) => {
      const { fetchUserDataset } = await importer()
      return fetchUserDataset(url as string, bundledMarkets, today(), signal)
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
  }
}
