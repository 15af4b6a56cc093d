// Runs before the body is drawn (the page's policy allows no inline script). index.html holds
// the landing drawn at build time in English and the light theme (scripts/prerenderLanding.mjs):
// a link with a query, a Portuguese browser or a dark preference would see a page that is not
// theirs, so for them it is hidden and the app draws their own. The language test is
// browserLang's (src/i18n/locale.ts).
;(() => {
  const languages = navigator.languages || [navigator.language]
  const first = languages.find((l) => /^(pt|en)\b/i.test(l))
  const portuguese = !!first && first.toLowerCase().startsWith('pt')
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches
  if (window.location.search.length > 1 || portuguese || dark)
    document.documentElement.classList.add('no-prerender')
})()
