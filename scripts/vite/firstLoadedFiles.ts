import { readFileSync } from 'node:fs'

/** The catalog and the newest version of each bundled dataset: what a link without `ds=` loads. */
export function firstLoadedFiles(): string[] {
  const catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8')) as {
    datasets: Array<{ id: string; file: string; published: string }>
  }
  const newest = new Map<string, { file: string; published: string }>()
  for (const d of catalog.datasets)
    if ((newest.get(d.id)?.published ?? '') < d.published) newest.set(d.id, d)
  return ['catalog.json', ...[...newest.values()].map((d) => d.file)]
}
