/*
 * Megawatt Atlas service worker: keeps what the app has loaded, so a reload while offline
 * still shows the last view. Same-origin GET requests only; nothing is ever sent anywhere.
 * - Versioned files (assets/*, data/<id>@<version>.json, the font) never change: cache first.
 * - The page and data/catalog.json change with a release: network first, cache when offline.
 * A stored file matches whatever a request's Vary names (a host such as `vite preview` sends
 * `Vary: Origin`, and a module script's request carries an Origin the page's hand-over did not):
 * these are this site's own files, the same for every requester.
 */
const CACHE = 'megawatt-atlas-v1'

self.addEventListener('install', () => self.skipWaiting())
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))

// On its first visit the page was loaded before this worker ran: the page sends what it loaded.
self.addEventListener('message', (event) => {
  // A stored file that would not run (cut short, damaged): the page asks for its code afresh.
  if (event.data?.type === 'forget-code') {
    event.waitUntil(
      caches.open(CACHE).then(async (cache) => {
        for (const request of await cache.keys())
          if (new URL(request.url).pathname.includes('/assets/')) await cache.delete(request)
      }),
    )
    return
  }
  if (event.data?.type !== 'cache-loaded') return
  const urls = event.data.urls.filter((url) => new URL(url).origin === self.location.origin)
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(urls.map((url) => cache.add(url).catch(() => undefined)))),
  )
})

const immutable = (url) => /\/assets\/|\/data\/[\w-]+@[\w.-]+\.json$/.test(url.pathname)

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  if (immutable(url)) {
    event.respondWith(
      caches.match(request, { ignoreVary: true }).then(
        (hit) =>
          hit ??
          fetch(request).then((response) => {
            if (response.ok)
              event.waitUntil(
                caches.open(CACHE).then((cache) => cache.put(request, response.clone())),
              )
            return response
          }),
      ),
    )
    return
  }
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone()
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)))
        }
        return response
      })
      .catch(() =>
        caches
          .match(request, { ignoreVary: true, ignoreSearch: request.mode === 'navigate' })
          .then((hit) => hit ?? Response.error()),
      ),
  )
})
