import { describe, expect, it } from 'vitest'
import { en as enFirst } from '../../../src/i18n/messages.en'
import { enCoverage } from '../../../src/i18n/messages.en.coverage'
import { enExport } from '../../../src/i18n/messages.en.export'
import { enLanding } from '../../../src/i18n/messages.en.landing'
import { enMap } from '../../../src/i18n/messages.en.map'
import { enMore } from '../../../src/i18n/messages.en.more'
import { enPanels } from '../../../src/i18n/messages.en.panels'
import { enPipeline } from '../../../src/i18n/messages.en.pipeline'
import { enSources } from '../../../src/i18n/messages.en.sources'
import { enTrend } from '../../../src/i18n/messages.en.trend'
import { ptBR } from '../../../src/i18n/messages.pt-BR'

// English comes in parts (the first view's words, the landing's, each other view's own, the
// exports' and the rest); together they are one catalogue.
const parts: Record<string, Record<string, string>> = {
  enFirst,
  enLanding,
  enMore,
  enPanels,
  enExport,
  enTrend,
  enPipeline,
  enSources,
  enCoverage,
  enMap,
}
const en: Record<string, string> = Object.assign({}, ...Object.values(parts))
const catalogues = { en, 'pt-BR': ptBR } as Record<string, Record<string, string>>
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('string catalogues', () => {
  const keys = Object.keys(en).sort()

  it.each(Object.keys(catalogues))('%s has every key and no other', (lang) => {
    const catalogue = catalogues[lang] as Record<string, string>
    const theirs = Object.keys(catalogue).sort()
    expect(keys.filter((k) => !(k in catalogue))).toEqual([])
    expect(theirs.filter((k) => !(k in en))).toEqual([])
    for (const key of keys) expect(catalogue[key], key).not.toBe('')
  })

  it.each(Object.keys(catalogues))('%s fills the same placeholders as English', (lang) => {
    const catalogue = catalogues[lang] as Record<string, string>
    const mismatched = keys.filter(
      (key) =>
        JSON.stringify(placeholders(catalogue[key] ?? '')) !==
        JSON.stringify(placeholders((en as Record<string, string>)[key] ?? '')),
    )
    expect(mismatched).toEqual([])
  })

  it('the parts of English do not share a key', () => {
    const counted = Object.values(parts).reduce((sum, part) => sum + Object.keys(part).length, 0)
    expect(counted).toBe(Object.keys(en).length)
  })

  it('every plural has both forms', () => {
    const bases = new Set(
      keys.filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')),
    )
    for (const base of bases) {
      expect(keys, base).toContain(`${base}_one`)
      expect(keys, base).toContain(`${base}_other`)
    }
  })

  it('Portuguese is not English copied over', () => {
    const same = keys.filter((k) => catalogues['pt-BR']?.[k] === (en as Record<string, string>)[k])
    // Only words the two languages share: placeholders-only templates, brand and unit names.
    const words = (key: string) =>
      ((en as Record<string, string>)[key] ?? '').replace(/\{\w+\}/g, '')
    for (const key of same)
      expect(words(key), key).toMatch(/^[^a-z]*$|^(Pipeline|Ranking|Linear|Log|Auto)$/)
  })
})
