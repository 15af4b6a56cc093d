/**
 * A key-value store in IndexedDB, for what must survive a reload without leaving the browser.
 * A write resolves only once its transaction has completed: a write the browser refuses (storage
 * full, storage turned off) rejects with a StoreRefused, so nothing is said to be kept that is
 * not. Reads of a store that cannot open find nothing.
 */
export type KeyValueStore<T> = {
  all(): Promise<Array<{ key: string; value: T }>>
  put(key: string, value: T): Promise<void>
  remove(key: string): Promise<void>
}

/** Why a write was not kept: no store to write to, no room in it, or another refusal. */
export class StoreRefused extends Error {
  constructor(
    readonly reason: 'unavailable' | 'full' | 'failed',
    detail = '',
  ) {
    super(detail || reason)
    this.name = 'StoreRefused'
  }
}

const refusal = (error: DOMException | null | undefined) =>
  new StoreRefused(error?.name === 'QuotaExceededError' ? 'full' : 'failed', error?.message)

export function idbStore<T>(database: string, store: string): KeyValueStore<T> {
  let opened: Promise<IDBDatabase | undefined> | undefined
  const open = () => {
    opened ??= new Promise((resolve) => {
      if (typeof indexedDB === 'undefined') return resolve(undefined)
      try {
        const request = indexedDB.open(database, 1)
        request.onupgradeneeded = () => request.result.createObjectStore(store)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => resolve(undefined)
      } catch {
        resolve(undefined)
      }
    })
    return opened
  }
  const read = async <R>(action: (s: IDBObjectStore) => IDBRequest<R>): Promise<R | undefined> => {
    const db = await open()
    if (!db) return undefined
    return new Promise((resolve, reject) => {
      const request = action(db.transaction(store, 'readonly').objectStore(store))
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  }
  const write = async (action: (s: IDBObjectStore) => void): Promise<void> => {
    const db = await open()
    if (!db) throw new StoreRefused('unavailable')
    return new Promise((resolve, reject) => {
      let transaction: IDBTransaction
      try {
        transaction = db.transaction(store, 'readwrite')
        action(transaction.objectStore(store))
      } catch (error) {
        reject(refusal(error instanceof DOMException ? error : null))
        return
      }
      // Committed, or not at all: a full disk aborts the transaction after its request succeeded.
      transaction.oncomplete = () => resolve()
      transaction.onabort = () => reject(refusal(transaction.error))
    })
  }
  return {
    async all() {
      const keys = ((await read((s) => s.getAllKeys())) ?? []) as string[]
      const values = ((await read((s) => s.getAll())) ?? []) as T[]
      return keys.map((key, i) => ({ key, value: values[i] as T }))
    },
    put: (key, value) => write((s) => s.put(value, key)),
    remove: (key) => write((s) => s.delete(key)),
  }
}
