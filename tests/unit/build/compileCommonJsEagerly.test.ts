/**
 * CommonJS packages (React's DOM) are bundled in functions V8 compiles with their file, not when
 * first called (scripts/vite/compileCommonJsEagerly.ts). Built here with the bundler the build
 * uses, so a bundler that writes its wrappers another way fails this test rather than quietly
 * bringing back a 200 ms task on a phone.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Rolldown, build as viteBuild } from 'vite'
import { describe, expect, it } from 'vitest'
import { compileCommonJsEagerly } from '../../../scripts/vite/compileCommonJsEagerly'

async function build(withPlugin: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cjs-'))
  writeFileSync(join(dir, 'package.js'), 'exports.answer = function () { return 6 * 7 }\n')
  writeFileSync(
    join(dir, 'entry.js'),
    "import p from './package.js'\nexport const answer = p.answer()\n",
  )
  const result = await viteBuild({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: withPlugin ? [compileCommonJsEagerly()] : [],
    build: {
      write: false,
      minify: true,
      rolldownOptions: { input: join(dir, 'entry.js'), preserveEntrySignatures: 'strict' },
    },
  })
  const [output] = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[]
  const chunk = output?.output.find((o) => o.type === 'chunk')
  if (chunk?.type !== 'chunk') throw new Error('no chunk built')
  return chunk.code
}

// The wrapper as minified: the bundler's helper called with the package's body.
const ARROW_WRAPPER = /\(\(?[\w$,]*\)?=>\{[\w$]+\.answer=/
const FUNCTION_WRAPPER = /\(function\([\w$,]*\)\{[\w$]+\.answer=/

describe('a CommonJS package in the build', () => {
  it('is wrapped in an arrow function without the plugin (what the plugin looks for)', async () => {
    expect(await build(false)).toMatch(ARROW_WRAPPER)
  })

  it('is wrapped in a parenthesised function with it, and still runs', async () => {
    const code = await build(true)
    expect(code).toMatch(FUNCTION_WRAPPER)
    expect(code).not.toMatch(ARROW_WRAPPER)
    const module = await import(`data:text/javascript,${encodeURIComponent(code)}`)
    expect(module.answer).toBe(42)
  })

  it('leaves a chunk without CommonJS as it was', () => {
    const renderChunk = compileCommonJsEagerly().renderChunk as (code: string) => unknown
    expect(renderChunk('const f = (a) => { return a }')).toBeNull()
  })
})
