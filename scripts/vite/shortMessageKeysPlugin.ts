import { readdirSync, readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { dynamicPrefixes, planShortKeys, shortenKeys } from '../shortMessageKeys.ts'

/** The build's short message keys (scripts/shortMessageKeys.ts), planned from the source. */
export function shortMessageKeys(): Plugin {
  let plan: Map<string, string> = new Map()
  return {
    name: 'megawatt-atlas:short-message-keys',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      const files = (readdirSync('src', { recursive: true }) as string[])
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => readFileSync(`src/${f}`, 'utf8'))
      // Every part of the English catalogue (messages.en.ts, messages.en.<part>.ts).
      const keys = readdirSync('src/i18n')
        .filter((f) => /^messages\.en(\.[\w-]+)?\.ts$/.test(f))
        .flatMap((f) =>
          [...readFileSync(`src/i18n/${f}`, 'utf8').matchAll(/^\s*(['"])([\w.-]+)\1:/gm)].map(
            (m) => m[2] as string,
          ),
        )
      plan = planShortKeys(keys, dynamicPrefixes(files))
    },
    transform(code, id) {
      if (/[\\/]src[\\/].+\.tsx?$/.test(id)) return { code: shortenKeys(code, plan), map: null }
    },
  }
}
