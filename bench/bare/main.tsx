/**
 * The floor the benchmark compares against: Vite + React + Recharts + TanStack Query drawing the
 * same ranking from the same files, and nothing else (no validation, no URL state, no sources).
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { createRoot } from 'react-dom/client'
import { Bar, BarChart, XAxis, YAxis } from 'recharts'

type Obs = { market: string; metric: string; year: number; asOf: string; value: number }
type Dataset = { markets: Array<{ id: string; name: string; level: string }>; observations: Obs[] }

async function load(): Promise<Dataset[]> {
  const catalog = await (await fetch('data/catalog.json')).json()
  const latest = new Map<string, { file: string }>()
  for (const d of catalog.datasets) latest.set(d.id, d)
  return Promise.all([...latest.values()].map(async (d) => (await fetch(`data/${d.file}`)).json()))
}

function Ranking() {
  const [metric, setMetric] = useState('operational')
  const { data } = useQuery({ queryKey: ['all'], queryFn: load })
  if (!data) return <p>Loading</p>
  const best = new Map<string, Obs>()
  for (const d of data)
    for (const o of d.observations)
      if (
        o.metric === metric &&
        o.year === 2025 &&
        (!best.has(o.market) || (best.get(o.market) as Obs).asOf < o.asOf)
      )
        best.set(o.market, o)
  const names = new Map(data.flatMap((d) => d.markets.map((m) => [m.id, m.name] as const)))
  const rows = [...best.values()]
    .map((o) => ({ name: names.get(o.market), value: o.value }))
    .sort((a, b) => b.value - a.value)
  return (
    <>
      <label>
        Metric{' '}
        <select value={metric} onChange={(e) => setMetric(e.target.value)}>
          <option value="operational">operational</option>
          <option value="take_up">take_up</option>
        </select>
      </label>
      <h2 className="chart-frame__title">{metric}</h2>
      <BarChart layout="vertical" data={rows} width={1000} height={rows.length * 30 + 40}>
        <XAxis type="number" />
        <YAxis type="category" dataKey="name" width={160} />
        <Bar dataKey="value" fill="#0072B2" isAnimationActive={false} />
      </BarChart>
    </>
  )
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <QueryClientProvider client={new QueryClient()}>
    <Ranking />
  </QueryClientProvider>,
)
