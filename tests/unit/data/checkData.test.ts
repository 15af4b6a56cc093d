import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RELEASE } from '../../../scripts/datasetRelease'
import { checkDataset, isAsBuilt } from '../../../src/data/checkData'
import { LoadError } from '../../../src/data/fetchJson'
import { FROZEN_RELEASE } from '../../helpers/bundledData'

const file = `sea@${RELEASE.version}.json`
const text = readFileSync(`public/data/${file}`, 'utf8')
const source = { url: `https://example.test/data/${file}`, name: file }

describe('checking a data file from the app’s host', () => {
  it('knows a bundled file that arrives exactly as built', async () => {
    expect(await isAsBuilt(file, text)).toBe(true)
    expect(await isAsBuilt('catalog.json', readFileSync('public/data/catalog.json', 'utf8'))).toBe(
      true,
    )
  })

  it('does not trust a changed byte, another name, or a file the build never saw', async () => {
    expect(await isAsBuilt(file, text.replace('"value": 1002', '"value": 1003'))).toBe(false)
    expect(await isAsBuilt(`europe@${RELEASE.version}.json`, text)).toBe(false)
    expect(await isAsBuilt('sea@2099.01.json', text)).toBe(false)
  })

  it('takes the bytes as they came from the host, as the page reads them', async () => {
    expect(await isAsBuilt(file, new Uint8Array(readFileSync(`public/data/${file}`)))).toBe(true)
    const damaged = new Uint8Array(readFileSync(`public/data/${file}`))
    damaged.set([(damaged.at(-2) ?? 0) ^ 1], damaged.length - 2)
    expect(await isAsBuilt(file, damaged)).toBe(false)
  })

  it('checks an earlier release, which only a pinned link opens, against the schema', async () => {
    const earlier = `sea@${FROZEN_RELEASE}.json`
    expect(await isAsBuilt(earlier, readFileSync(`public/data/${earlier}`, 'utf8'))).toBe(false)
  })

  it('sends a changed file through the schema, which names the record and field', async () => {
    const json = JSON.parse(text)
    json.observations[3].value = 'lots'
    const changed = JSON.stringify(json)
    const error = await checkDataset(json, new TextEncoder().encode(changed), source).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(LoadError)
    expect((error as LoadError).kind).toBe('schema')
    expect((error as LoadError).details.join('\n')).toMatch(/observation 4 .*value/)
  })

  it('passes a changed but valid file after checking it against the schema', async () => {
    const json = JSON.parse(text)
    json.title = `${json.title} (mirrored)`
    const result = await checkDataset(json, new TextEncoder().encode(JSON.stringify(json)), source)
    expect(result.title).toBe('Southeast Asia (mirrored)')
  })
})
