/**
 * Registers the service worker that keeps loaded files for offline reloads (public/sw.js), in
 * production builds only: the dev server and the tests' mocks must see every request.
 *
 * Called once the first view is drawn, and then only when the page is idle: installing the
 * worker and filling its cache took ~90 ms of a two-core machine's first visit, all of it
 * before the first chart when it started at the page's load event.
 */
/**
 * The view's code would not load while the network is up: a stored copy may be damaged (cut
 * short on a full disk). The worker forgets its stored code, so the retry fetches it afresh.
 */
export function forgetStoredCode(): void {
  if (navigator.onLine) navigator.serviceWorker?.controller?.postMessage({ type: 'forget-code' })
}

let registered = false
export function registerOfflineCache(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return
  registered = true
  // Files this first visit loaded before the worker controlled the page go into its cache too;
  // sent again when it takes control, for what loaded in between.
  const handOver = (worker: ServiceWorker | null | undefined) => {
    const urls = [
      window.location.href,
      ...performance.getEntriesByType('resource').map((e) => e.name),
    ]
    worker?.postMessage({ type: 'cache-loaded', urls })
  }
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200))
  whenIdle(() => {
    navigator.serviceWorker
      .register('./sw.js')
      .then(async (registration) => {
        await navigator.serviceWorker.ready
        handOver(registration.active)
        navigator.serviceWorker.addEventListener('controllerchange', () =>
          handOver(navigator.serviceWorker.controller),
        )
      })
      .catch(() => undefined)
  })
}
