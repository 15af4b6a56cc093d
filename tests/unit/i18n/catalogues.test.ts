import { describe, expect, it } from 'vitest'
import { en as enFirst } from '../../../src/i18n/messages.en'
import { enExport } from '../../../src/i18n/messages.en.export'
import { enLanding } from '../../../src/i18n/messages.en.landing'
import { enMore } from '../../../src/i18n/messages.en.more'
import { ptBR } from '../../../src/i18n/messages.pt-BR'

// English comes in three parts (the first view's words, the landing's, and the rest); together
// they are one catalogue.
const en: Record<string, string> = { ...enFirst, ...enLanding, ...enMore, ...enExport }
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
    expect(Object.keys(enFirst).filter((k) => k in enMore || k in enLanding)).toEqual([])
    expect(Object.keys(enLanding).filter((k) => k in enMore)).toEqual([])
    expect(
      Object.keys(enExport).filter((k) => k in enFirst || k in enLanding || k in enMore),
    ).toEqual([])
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
