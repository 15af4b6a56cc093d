// Runs before the body is drawn (the page's policy allows no inline script). index.html holds
// the landing drawn at build time in English and the light theme (scripts/prerenderLanding.mjs):
// a link with a query, a Portuguese browser or a dark preference would see a page that is not
// theirs, so for them it is hidden and the app draws their own. The language test is
// browserLang's (src/i18n/locale.ts).
//
// Then it starts the app's loads (listed in #app-loads): at once for a visitor who sees no copy,
// after the copy's first paint for one who does, so the copy's stylesheet and font have the
// connection to themselves (on Lighthouse's phone the first paint came at 1.7 s instead of 3.2 s).
// A module only some views need is preloaded only for the view the address opens (`view=`, or
// the landing's, as src/view/parseUrl.ts reads it).
//
// A view's own address (`?view=ranking` and nothing else) has a copy of its own, drawn at a
// desktop's width (painted/<view>.html): fetched at once for a desktop visitor it fits, and shown
// if it arrives before the app starts drawing (src/main.tsx marks #root then). `?view=compare`
// is the landing's page.
;(() => {
  const languages = navigator.languages || [navigator.language]
  const first = languages.find((l) => /^(pt|en)\b/i.test(l))
  const portuguese = !!first && first.toLowerCase().startsWith('pt')
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches
  const params = new URLSearchParams(window.location.search)
  const asked = params.get('view')
  const onlyView = asked !== null && [...params.keys()].length === 1
  const landing = window.location.search.length <= 1 || (onlyView && asked === 'compare')
  const fits = landing && !portuguese && !dark
  if (!fits) document.documentElement.classList.add('no-prerender')

  const list = document.getElementById('app-loads')
  if (!list) return
  let loads
  try {
    loads = JSON.parse(list.textContent || '')
  } catch {
    return
  }
  const element = (kind, href) => {
    const link = document.createElement('link')
    link.href = href
    link.crossOrigin = 'anonymous'
    if (kind !== 'fetch') link.rel = 'modulepreload'
    else {
      link.rel = 'preload'
      link.as = 'fetch'
    }
    return link
  }
  const paint = (name) => {
    fetch(`./painted/${name}.html`, { priority: 'high' })
      .then((response) => (response.ok ? response.text() : Promise.reject()))
      .then((html) => {
        const place = () => {
          const root = document.getElementById('root')
          // Too late: the app draws its own from here.
          if (!root || root.hasAttribute('data-app')) return
          document.getElementById('prerender')?.remove()
          root.insertAdjacentHTML('beforebegin', html)
          document.documentElement.classList.remove('no-prerender')
        }
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', place)
        else place()
      })
      .catch(() => undefined)
  }
  const sees = fits && loads.copy !== false
  const known = new Set(loads.preloads.flatMap(([, , views]) => views || []))
  const view = asked && known.has(asked) ? asked : 'compare'
  // The page's column is 1180 px wide from there on: the copy's chart is the app's, to the pixel.
  const desktop = window.innerWidth >= 1200
  if (
    onlyView &&
    !landing &&
    !portuguese &&
    !dark &&
    desktop &&
    (loads.painted || []).includes(asked)
  )
    paint(asked)
  const wanted = ([kind, , views]) =>
    (kind !== 'landing' || sees) && (!views || views.includes(view))
  let started = false
  const start = () => {
    if (started) return
    started = true
    const script = document.createElement('script')
    script.type = 'module'
    script.crossOrigin = 'anonymous'
    script.src = loads.entry
    // The entry as a preload too (a script added by script is fetched at low priority), then the
    // rest in order. A few to a task: each request costs the main thread, and all of them in one
    // task held a phone's CPU (4x) for 130-250 ms right after the first paint.
    const queue = [
      element('module', loads.entry),
      ...loads.preloads.filter(wanted).map(([kind, href]) => element(kind, href)),
    ]
    const next = () => {
      for (const el of queue.splice(0, 4)) document.head.appendChild(el)
      if (queue.length > 0) setTimeout(next, 0)
    }
    next()
    // A script added by script runs as soon as it has loaded, maybe before the parser has reached
    // #root (a first paint can come before the end of the document): it waits for the parse.
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', () => document.head.appendChild(script))
    else document.head.appendChild(script)
  }
  if (!sees) return start()

  // The copy's first paint; a page not painted (opened in a background tab) starts a moment
  // after it has loaded, and a browser without paint timing once the document is parsed.
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    document.addEventListener('DOMContentLoaded', start)
    return
  }
  new PerformanceObserver((entries, observer) => {
    if (!entries.getEntries().some((e) => e.name === 'first-contentful-paint')) return
    observer.disconnect()
    start()
  }).observe({ type: 'paint', buffered: true })
  window.addEventListener('load', () => setTimeout(start, 1000))
})()
