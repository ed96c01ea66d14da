/**
 * A bounded memory of recent answers, least recently used first out: for reads whose keys are
 * unbounded (a visitor's search words), where Next's data cache would keep every key ever asked.
 * It keeps the promise, so identical requests arriving together share one computation; a failed
 * computation is forgotten at once.
 */
export interface RecentResults<T> {
  get: (key: string, compute: () => Promise<T>) => Promise<T>
  readonly size: number
}

export function recentResults<T>(maxEntries: number): RecentResults<T> {
  const entries = new Map<string, Promise<T>>()
  return {
    get(key, compute) {
      const known = entries.get(key)
      if (known) {
        // Map keeps insertion order: take it out and put it back as the most recently used.
        entries.delete(key)
        entries.set(key, known)
        return known
      }
      const computed = compute()
      entries.set(key, computed)
      computed.catch(() => {
        if (entries.get(key) === computed) entries.delete(key)
      })
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
      return computed
    },
    get size() {
      return entries.size
    },
  }
}
