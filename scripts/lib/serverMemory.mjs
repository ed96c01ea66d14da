// The memory settings of a production server (`npm start`, the servers the tests, benchmarks and
// `npm run cluster` start; the Docker image sets the same NODE_OPTIONS). Target: ≤ 400 MB resident
// per instance after the 10-minute soak (`npm run soak`).
//
// - The young generation: V8 sizes it from the machine's memory; on this 24 GiB machine Node 24
//   reserved 128 MB for it (v8.getHeapSpaceStatistics: new_space), most of a 545 MB server whose heap
//   held 163 MB after a crawl of the site. 8 MB semi-spaces (16 MB in all): the same crawl, 405 MB.
// - The old generation: with the default limit (a few GB here) V8 lets it grow well past what it
//   keeps (soak: 861 MB resident for 270 MB kept). 384 MB is about 1.4 times what the soak's server
//   keeps after a full collection (soak with it: 548 MB resident, 0 errors); V8 collects sooner
//   instead of growing. A server that needs more stops with "heap out of memory": raise it with
//   NODE_OPTIONS (kept as given, see below).
export const SERVER_NODE_OPTIONS = ['--max-semi-space-size=8', '--max-old-space-size=384']

/**
 * glibc's malloc keeps a separate arena for each thread that allocates (up to 8 per core): the
 * server's threads (libuv's pool, V8's workers, SQLite's) each held memory of their own. Two arenas:
 * the 5-minute soak's server 419 MB resident at the end against 440 MB (kept heap the same, 12,767
 * requests against 10,910: no slower). Not a V8 option: an environment variable glibc reads at start.
 */
export const SERVER_MALLOC_ARENA_MAX = '2'

/**
 * `env` with the server's memory settings added (NODE_OPTIONS, MALLOC_ARENA_MAX), unless the operator set them.
 * @template {Record<string, string | undefined>} Env
 * @param {Env} env
 * @returns {Env}
 */
export function withServerMemorySettings(env) {
  const current = env.NODE_OPTIONS?.trim() ?? ''
  const missing = SERVER_NODE_OPTIONS.filter((option) => !current.includes(option.split('=')[0]))
  const arenas = env.MALLOC_ARENA_MAX ? {} : { MALLOC_ARENA_MAX: SERVER_MALLOC_ARENA_MAX }
  if (missing.length === 0) return { ...env, ...arenas }
  return { ...env, ...arenas, NODE_OPTIONS: [current, ...missing].filter(Boolean).join(' ') }
}
