export function prerenderLanding(outDir: string): Promise<void>
export function withoutPrerender(html: string): string
