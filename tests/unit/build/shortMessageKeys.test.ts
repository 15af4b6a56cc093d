import { describe, expect, it } from 'vitest'
import { dynamicPrefixes, planShortKeys, shortenKeys } from '../../../scripts/shortMessageKeys'

describe('short message keys in the build', () => {
  const catalogue = `export const en = {
  'chart.missing': 'No sourced figure for {names}.',
  'count.markets_one': '{count} market',
  'count.markets_other': '{count} markets',
  'metric.operational': 'Operational capacity',
}`
  // biome-ignore lint/suspicious/noTemplateCurlyInString: source code as text, template and all
  const caller = "t('chart.missing', { names }) + tn('count.markets', n) + t(`metric.${m}`)"
  const keys = ['chart.missing', 'count.markets_one', 'count.markets_other', 'metric.operational']
  const plan = planShortKeys(keys, dynamicPrefixes([caller]))

  it('finds the keys built at run time and leaves them alone', () => {
    expect(dynamicPrefixes([caller])).toEqual(['metric.'])
    expect(plan.has('metric.operational')).toBe(false)
  })

  it('gives the catalogue and the call sites the same short ids, plural endings kept', () => {
    const shortCatalogue = shortenKeys(catalogue, plan)
    const shortCaller = shortenKeys(caller, plan)
    const missing = plan.get('chart.missing') as string
    const markets = plan.get('count.markets') as string
    expect(shortCatalogue).toContain(`'${missing}': 'No sourced figure for {names}.'`)
    expect(shortCatalogue).toContain(`'${markets}_one': '{count} market'`)
    expect(shortCatalogue).toContain(`'${markets}_other'`)
    expect(shortCatalogue).toContain("'metric.operational'")
    expect(shortCaller).toBe(
      `t('${missing}', { names }) + tn('${markets}', n) + t(\`metric.\${m}\`)`,
    )
  })

  it('leaves strings that are not keys as they are', () => {
    const code = "const a = 'data/catalog.json'; const b = 'chart.missingness'; const c = 'x.y'"
    expect(shortenKeys(code, plan)).toBe(code)
  })
})
