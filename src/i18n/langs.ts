/** The languages of the interface (the `lang=` key's values). */
export const LANGS = ['en', 'pt-BR'] as const
export type Lang = (typeof LANGS)[number]
