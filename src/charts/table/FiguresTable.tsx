/** The numbers behind the chart, with their sources: one row per bar, in the chart's order. */

import { BASIS_LABEL, formatFigure, regionLabel } from '../format'
import type { FigureRow } from '../ranking/rankingSeries'

export function FiguresTable({ rows, caption }: { rows: FigureRow[]; caption: string }) {
  if (rows.length === 0) return null
  return (
    <div className="table-scroll">
      <table className="figures-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Market</th>
            <th scope="col">Region</th>
            <th scope="col" className="num">
              Figure
            </th>
            <th scope="col">Period</th>
            <th scope="col">Publisher</th>
            <th scope="col">Report</th>
            <th scope="col">Basis</th>
            <th scope="col" className="num">
              Other sources
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.market.id} data-market={row.market.id}>
              <td>{i + 1}</td>
              <th scope="row">{row.market.name}</th>
              <td>{regionLabel(row.market.region)}</td>
              <td className="num">{formatFigure(row.drawn)}</td>
              <td>{row.drawn.period}</td>
              <td>{row.source.publisher}</td>
              <td>
                <a href={row.source.url} target="_blank" rel="noopener noreferrer">
                  {row.source.title}
                </a>
              </td>
              <td>{BASIS_LABEL[row.drawn.basis]}</td>
              <td className="num">{row.others.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
