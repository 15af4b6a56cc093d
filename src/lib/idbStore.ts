/**
 * A key-value store in IndexedDB, for what must survive a reload without leaving the browser.
 * Where IndexedDB is missing or refused (private windows, tests), every call resolves quietly
 * and nothing is kept: the page still works, it just forgets.
 */
export type KeyValueStore<T> = {
  all(): Promise<Array<{ key: string; value: T }>>
  put(key: string, value: T): Promise<void>
  remove(key: string): Promise<void>
}

export function idbStore<T>(database: string, store: string): KeyValueStore<T> {
  let opened: Promise<IDBDatabase | undefined> | undefined
  const open = () => {
    opened ??= new Promise((resolve) => {
      if (typeof indexedDB === 'undefined') return resolve(undefined)
      const request = indexedDB.open(database, 1)
      request.onupgradeneeded = () => request.result.createObjectStore(store)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => resolve(undefined)
    })
    return opened
  }
  const run = async <R>(
    mode: IDBTransactionMode,
    action: (s: IDBObjectStore) => IDBRequest<R>,
  ): Promise<R | undefined> => {
    const db = await open()
    if (!db) return undefined
    return new Promise((resolve, reject) => {
      const request = action(db.transaction(store, mode).objectStore(store))
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  }
  return {
    async all() {
      const keys = ((await run('readonly', (s) => s.getAllKeys())) ?? []) as string[]
      const values = ((await run('readonly', (s) => s.getAll())) ?? []) as T[]
      return keys.map((key, i) => ({ key, value: values[i] as T }))
    },
    async put(key, value) {
      await run('readwrite', (s) => s.put(value, key))
    },
    async remove(key) {
      await run('readwrite', (s) => s.delete(key))
    },
  }
}
