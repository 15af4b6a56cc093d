/**
 * Makes a fresh clone runnable: installs the npm packages when node_modules is missing or
 * older than the lock file, and with --browser also Debian's Chromium for the browser tests
 * (apt-get, as root). Nothing is downloaded by test tools themselves.
 */
import { execSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { CHROMIUM_PATH as chromium } from './chromium.mjs'

const installed = 'node_modules/.package-lock.json'
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('Installing npm packages (npm ci)…')
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' })
}

if (process.argv.includes('--browser') && !existsSync(chromium)) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Browser tests need Chromium at ${chromium}: run 'sudo apt-get install -y chromium' or set CHROMIUM_PATH.`,
    )
    process.exit(1)
  }
  console.log("Installing Debian's chromium for the browser tests…")
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  })
}
