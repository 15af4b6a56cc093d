import { setupServer } from 'msw/node'
import { handlers } from './handlers'

/** The one MSW server of the test suite. */
export const server = setupServer(...handlers)
