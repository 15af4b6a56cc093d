export function prerenderLanding(outDir: string): Promise<void>
export function withoutPrerender(html: string): string
export function appLoadsDeferred(html: string, landingScripts?: string[]): string
