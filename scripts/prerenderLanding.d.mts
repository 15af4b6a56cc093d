export function prerenderLanding(outDir: string, options?: { draw?: boolean }): Promise<void>
export function withoutPrerender(html: string): string
export function withoutCopy(html: string): string
export function appLoadsDeferred(
  html: string,
  landingScripts?: string[],
  options?: { copy?: boolean; painted?: string[] },
): string
export const PAINTED_VIEWS: string[]
