/**
 * npm test: every suite (unit, component, browser), then one line adding them all up:
 * "N passed, N failed". Exits non-zero when any test failed or a runner could not run.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const RESULTS = 'test-results'
mkdirSync(RESULTS, { recursive: true })
const vitestJson = `${RESULTS}/vitest.json`
const playwrightJson = `${RESULTS}/e2e.json`
for (const file of [vitestJson, playwrightJson]) rmSync(file, { force: true })

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`)
  return spawnSync(command, args, { stdio: 'inherit', env: process.env }).status ?? 1
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}

const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestJson}`,
])
const playwrightStatus = run('npx', ['playwright', 'test'])

let passed = 0
let failed = 0
const problems = []

const vitest = readJson(vitestJson)
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  // A file that fails to load has no tests to count: count it as a failure.
  failed += vitest.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length
} else problems.push('vitest wrote no results')
if (vitestStatus !== 0 && vitest && vitest.numFailedTests === 0)
  problems.push(`vitest exited with ${vitestStatus}`)

const playwright = readJson(playwrightJson)
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky
  failed += playwright.stats.unexpected
  if (playwright.errors?.length)
    problems.push(...playwright.errors.map((e) => `playwright: ${e.message ?? e}`))
} else problems.push('playwright wrote no results')
if (playwrightStatus !== 0 && playwright && playwright.stats.unexpected === 0)
  problems.push(`playwright exited with ${playwrightStatus}`)

const failedNames = [
  ...(vitest?.testResults ?? []).flatMap((f) =>
    f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${f.name}: ${a.fullName}`),
  ),
  ...collectPlaywrightFailures(playwright?.suites ?? []),
]
if (failedNames.length > 0) console.error(`\nFailed:\n  ${failedNames.join('\n  ')}`)

function collectPlaywrightFailures(suites) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).filter((spec) => !spec.ok).map((spec) => `${spec.file}: ${spec.title}`),
    ...collectPlaywrightFailures(suite.suites ?? []),
  ])
}

if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}`)
  failed += problems.length
}
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
