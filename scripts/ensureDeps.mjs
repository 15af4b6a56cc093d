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

/** Debian packages the browser tests use, by a file each installs. */
const DEBIAN = [
  { pkg: 'chromium', file: chromium, why: 'the browser tests' },
  // librsvg, the renderer behind many desktop tools: the SVG export must hold up there too.
  { pkg: 'librsvg2-bin', file: '/usr/bin/rsvg-convert', why: 'rendering the SVG exports' },
  // A real spreadsheet engine reads the CSV exports back.
  { pkg: 'libreoffice-calc-nogui', file: '/usr/bin/soffice', why: 'reading the CSV exports back' },
  // Impress opens the PowerPoint decks; poppler reads the PDF it writes (text, first page).
  {
    pkg: 'libreoffice-impress-nogui',
    file: '/usr/lib/libreoffice/program/libsdlo.so',
    why: 'opening the PowerPoint decks',
  },
  {
    pkg: 'poppler-utils',
    file: '/usr/bin/pdftotext',
    why: 'reading the decks as Impress draws them',
  },
]
const missing = process.argv.includes('--browser') ? DEBIAN.filter((d) => !existsSync(d.file)) : []
if (missing.length > 0) {
  const names = missing.map((d) => d.pkg).join(' ')
  if (process.getuid?.() !== 0) {
    console.error(
      `The browser tests need ${missing.map((d) => `${d.pkg} (${d.why})`).join(' and ')}: run 'sudo apt-get install -y ${names}'.`,
    )
    process.exit(1)
  }
  console.log(`Installing Debian's ${names} for the browser tests…`)
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${names}`,
    {
      stdio: 'inherit',
    },
  )
}
