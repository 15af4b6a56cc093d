/** A trend line follows one publisher per market, or the most recent figure each year (`series`). */
import { Segmented } from '../../controls/ViewControls'
import { t } from '../../i18n/locale'
import type { SeriesMode } from '../../view/viewState'

export function SeriesSwitch({
  value,
  onChange,
}: {
  value: SeriesMode
  onChange: (series: SeriesMode) => void
}) {
  return (
    <Segmented
      legend={t('controls.series')}
      value={value}
      onChange={onChange}
      options={[
        { value: 'publisher', label: t('controls.series.publisher') },
        { value: 'latest', label: t('controls.series.latest') },
      ]}
    />
  )
}
