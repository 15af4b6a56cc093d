/**
 * A figure's caveat (the record's `note`: an inferred date, a reprint, a correction), wherever
 * the figure's source is shown. Nothing when the figure has none.
 */
import type { Observation } from '../data/schema'
import { t } from '../i18n/locale'

/** As a term and its description, inside a hover card's <dl>. */
export function CaveatEntry({ observation }: { observation: Observation }) {
  if (!observation.note) return null
  return (
    <>
      <dt>{t('tooltip.caveat')}</dt>
      <dd className="figure-caveat">{observation.note}</dd>
    </>
  )
}

/** As a paragraph, in a list of figures. */
export function CaveatLine({ observation }: { observation: Observation }) {
  if (!observation.note) return null
  return (
    <p className="figure-caveat">
      <span className="figure-caveat__label">{t('tooltip.caveat')}:</span> {observation.note}
    </p>
  )
}
