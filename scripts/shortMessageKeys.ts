/**
 * Message keys ('ranking.subtitle.disputed_one') keep the source readable; in the build they are
 * only lookups. Each becomes a short id, in the catalogues and at every call site alike (~1 kB
 * gzip of the first view). Keys the code builds at run time (t(`metric.${m}`)) keep their names,
 * and a plural pair keeps its _one/_other endings (tn adds them at run time).
 */

/** Prefixes of keys built at run time: t(`metric.${...}`) gives 'metric.'. */
export function dynamicPrefixes(sources: string[]): string[] {
  const prefixes = new Set<string>()
  for (const code of sources)
    for (const match of code.matchAll(/\btn?\(`([\w.-]*)\$\{/g)) prefixes.add(match[1] as string)
  return [...prefixes]
}

/** Key (or plural base) -> short id, for every key not built at run time. */
export function planShortKeys(keys: string[], prefixes: string[]): Map<string, string> {
  const bases = [...new Set(keys.map((k) => k.replace(/_(one|other)$/, '')))]
    .filter((base) => !prefixes.some((p) => base.startsWith(p)))
    .sort()
  // Ids never contain a dot, so none can be mistaken for a readable key; as identifiers they
  // need no quotes as object keys.
  return new Map(bases.map((base, i) => [base, `$${i.toString(36)}`]))
}

/** The code with each quoted key (or plural key) replaced by its short id. */
export function shortenKeys(code: string, plan: ReadonlyMap<string, string>): string {
  return code.replace(/(['"])([\w-]+(?:\.[\w-]+)+)\1/g, (whole, quote: string, key: string) => {
    const [, base = key, form = ''] = /^(.*?)(_one|_other)?$/.exec(key) ?? []
    const id = plan.get(key) ?? plan.get(base)
    if (id === undefined) return whole
    return `${quote}${id}${plan.has(key) ? '' : form}${quote}`
  })
}
