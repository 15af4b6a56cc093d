/**
 * The user's own datasets: files dropped or picked (kept in IndexedDB, so a reload keeps them)
 * and the `data=` URL of a link (fetched, not stored). All go through importUserText.
 */
import { useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { t, tn, withWords } from '../i18n/locale'
import { idbStore } from '../lib/idbStore'
import type { Dataset } from './schema'
import { tooLarge } from './userDataLimits'

/** The importer (and its CSV reader) loads on first use, not with the page. */
const importer = () => withWords(import('./userData')).then((m) => m.importUserText)

const store = idbStore<Dataset>('megawatt-atlas', 'user-datasets')
const today = () => new Date().toISOString().slice(0, 10)

export type ImportReport = { name: string; problems: string[]; notes: string[] } | null

export function useUserDatasets(bundledMarkets: ReadonlySet<string>) {
  const [files, setFiles] = useState<Dataset[]>([])
  const [report, setReport] = useState<ImportReport>(null)

  useEffect(() => {
    let live = true
    // Stored files pass the schema again: the format may have moved on since they were saved.
    // (The schema's code loads only when there is something stored to check.)
    store.all().then(async (entries) => {
      if (entries.length === 0) return
      const { datasetSchema } = await import('./schema')
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
      const size = tooLarge(file.size)
      if (size) return setReport({ name: file.name, problems: [size], notes: [] })
      setReport({ name: file.name, problems: [], notes: ['Reading…'] })
      const importUserText = await importer()
      const result = importUserText(file.name, await file.text(), bundledMarkets, today())
      const dataset = result.dataset
      if (!dataset) return setReport({ name: file.name, problems: result.problems, notes: [] })
      await store.put(dataset.id, dataset)
      setFiles((current) => [...current.filter((d) => d.id !== dataset.id), dataset])
      setReport({
        name: file.name,
        problems: [],
        notes: [
          t('userData.added', {
            title: dataset.title,
            markets: tn('count.markets', dataset.markets.length),
            figures: tn('count.figures', dataset.observations.length),
          }),
          ...result.notes,
        ],
      })
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
      const target = url as string
      let response: Response
      try {
        response = await fetch(new URL(target, document.baseURI), { signal, credentials: 'omit' })
      } catch {
        throw new Error(t('userData.unreachable'))
      }
      if (!response.ok)
        throw new Error(
          t('userData.http', {
            status: `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
          }),
        )
      const size = tooLarge(Number(response.headers.get('content-length') ?? 0))
      if (size) throw new Error(size)
      const name = new URL(target, document.baseURI).pathname.split('/').pop() || 'data'
      const importUserText = await importer()
      const result = importUserText(name, await response.text(), bundledMarkets, today())
      if (!result.dataset)
        throw new Error(t('userData.notDataset', { problems: result.problems.join('; ') }))
      return { ...result, dataset: { ...result.dataset, version: 'url' } }
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
