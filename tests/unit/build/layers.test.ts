/**
 * The import rules of .dependency-cruiser.cjs (run by `npm run lint`): they pass on src/, and on a
 * small tree laid out like src/ each wrong import is caught by the rule that names it, while the
 * same imports going the right way pass.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../../..')
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')
const CONFIG = join(ROOT, '.dependency-cruiser.cjs')

type Violation = { from: string; to: string; rule: { name: string } }

function cruise(cwd: string): Violation[] {
  let out: string
  try {
    out = execFileSync(
      process.execPath,
      [CLI, 'src', '--config', CONFIG, '--output-type', 'json'],
      {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
  } catch (error) {
    // Violations make the CLI exit non-zero; the JSON is on stdout all the same.
    out = (error as { stdout: string }).stdout
  }
  return JSON.parse(out).summary.violations
}

// One module per layer, each exporting a value so any import of it is a real one.
const LAYERS = [
  'src/lib/helper.ts',
  'src/i18n/locale.ts',
  'src/data/figures.ts',
  'src/import/reader.ts',
  'src/view/state.ts',
  'src/charts/Frame.ts',
  'src/controls/Picker.ts',
  'src/export/Panel.ts',
  'src/views/Layout.ts',
  'src/views/index.ts',
  'src/views/trend/TrendView.ts',
  'src/app/App.ts',
]

/** [importing file, import statement, the rule that must catch it] */
const WRONG: [string, string, string][] = [
  ['src/lib/wrong.ts', "import { x } from '../data/figures'", 'lib-stands-alone'],
  ['src/i18n/wrong.ts', "import { x } from '../view/state'", 'i18n-below-everything'],
  ['src/data/wrong.ts', "import { x } from '../i18n/locale'", 'data-makes-no-sentences'],
  ['src/data/wrong2.ts', "import { x } from '../charts/Frame'", 'data-below-the-page'],
  ['src/import/wrong.ts', "import { x } from '../controls/Picker'", 'import-below-the-page'],
  ['src/view/wrong.ts', "import { x } from '../charts/Frame'", 'view-state-below-drawing'],
  ['src/charts/wrong.ts', "import { x } from '../controls/Picker'", 'charts-below-controls'],
  ['src/controls/wrong.ts', "import { x } from '../views/Layout'", 'controls-below-views'],
  ['src/controls/wrong2.ts', "import { x } from '../export/Panel'", 'export-on-first-use'],
  ['src/export/wrong.ts', "import { x } from '../views/Layout'", 'export-below-the-page'],
  ['src/views/ranking/wrong.ts', "import { x } from '../trend/TrendView'", 'one-home-per-view'],
  [
    'src/views/ranking/wrong2.ts',
    "import { x } from '../index'",
    'views-reach-the-registry-through-the-page',
  ],
  ['src/views/ranking/wrong3.ts', "import { x } from '../../app/App'", 'views-below-app'],
  ['src/data/loopA.ts', "import { x } from './loopB'", 'no-circular'],
]
// The other half of the loop (the cycle is reported once, from either end).
const LOOP_B = { 'src/data/loopB.ts': "import { x } from './loopA'\nexport const z = x\n" }

/** The same kinds of import, the right way round. */
const RIGHT: [string, string][] = [
  ['src/data/right.ts', "import type { x } from '../i18n/locale'"],
  ['src/data/right2.ts', "import { x } from '../lib/helper'"],
  ['src/view/right.ts', "import { x } from '../data/figures'"],
  ['src/charts/right.ts', "import { x } from '../view/state'"],
  ['src/controls/right.ts', "export const load = () => import('../export/Panel')"],
  ['src/views/ranking/right.ts', "import { x } from '../Layout'"],
  ['src/views/ranking/right2.ts', "import { x } from '../../controls/Picker'"],
  ['src/app/right.ts', "import { x } from '../views/index'"],
]

const made: string[] = []
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'))
  made.push(dir)
  writeFileSync(join(dir, 'tsconfig.json'), '{"compilerOptions":{"strict":true}}')
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

const layerFiles = Object.fromEntries(LAYERS.map((f) => [f, 'export const x = 1\n']))
const use = (statement: string) => `${statement}\nexport const y = typeof x\n`

describe('import layers', () => {
  it('hold on src/', () => {
    expect(cruise(ROOT)).toEqual([])
  })

  it('catch each wrong import with the rule that names it', () => {
    const violations = cruise(
      tree({
        ...layerFiles,
        ...LOOP_B,
        ...Object.fromEntries(WRONG.map(([f, s]) => [f, use(s)])),
      }),
    )
    const caught = (file: string, rule: string) =>
      violations.some((v) => v.rule.name === rule && (v.from === file || rule === 'no-circular'))
    for (const [file, , rule] of WRONG)
      expect(caught(file, rule), `${file} breaks ${rule}`).toBe(true)
    // Nothing but the wrong files is reported.
    const wrongFiles = [...WRONG.map(([f]) => f), ...Object.keys(LOOP_B)]
    expect(violations.filter((v) => !wrongFiles.includes(v.from))).toEqual([])
  })

  it('let the same imports through the right way round', () => {
    const files = { ...layerFiles, ...Object.fromEntries(RIGHT.map(([f, s]) => [f, use(s)])) }
    expect(cruise(tree(files))).toEqual([])
  })
})
