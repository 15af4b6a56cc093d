/**
 * Recharts' code, run a part a task before a chart view's own: its modules build hundreds of
 * memoised selectors and a dozen store slices as they run, and run with the view they were one
 * task of 150-230 ms on a phone's CPU, just as the painted landing is taken over. The parts are
 * its axis selectors, then its store (which brings the rest of its selectors); the view then runs
 * what is left. Each part's files are already on their way (index.html preloads the opening
 * view's chunks), so the steps cost no round trip; later views find the library in.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve))

let evaluated: Promise<void> | undefined

export function chartLibraryInSteps(): Promise<void> {
  evaluated ??= nextTask()
    .then(() => import('recharts/es6/state/selectors/axisSelectors'))
    .then(nextTask)
    .then(() => import('recharts/es6/state/store'))
    .then(nextTask)
    // A part that cannot load is the view's to report: its own import fails the same way.
    .catch(() => undefined)
  return evaluated
}
