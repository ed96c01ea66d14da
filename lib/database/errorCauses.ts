/**
 * An error's causes, nearest first: drizzle's "Failed query" carries the driver's error (SQLite's
 * "database is locked") as its cause. At most four, since a chain of causes may loop.
 */
export function causesOf(error: unknown, most = 4): unknown[] {
  const causes: unknown[] = []
  for (let e = error; e instanceof Error && e.cause !== undefined && causes.length < most; e = e.cause)
    causes.push(e.cause)
  return causes
}
