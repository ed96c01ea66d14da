/**
 * Counting failures per key in a fixed window, in this process's memory. Used for logins and
 * password-reset requests instead of Payload's account locks, which let anyone lock anyone's account
 * with five wrong passwords: here a client that fails too often is held back itself, and the account's
 * owner, from another address, is not. (In a cluster, each process counts on its own.)
 */
export type Window = { limit: number; ms: number }

type Count = { failures: number; resetAt: number }

/** Beyond this many keys, expired ones are dropped before a new one is added. */
const MAX_KEYS = 50_000

export class FailureCounter {
  private readonly counts = new Map<string, Count>()

  constructor(private readonly window: Window) {}

  /** Milliseconds until `key` may try again, or 0 when it may now. */
  waitFor(key: string, now = Date.now()): number {
    const count = this.counts.get(key)
    if (!count || count.resetAt <= now) return 0
    return count.failures >= this.window.limit ? count.resetAt - now : 0
  }

  fail(key: string, now = Date.now()): void {
    const count = this.counts.get(key)
    if (count && count.resetAt > now) count.failures++
    else {
      if (this.counts.size >= MAX_KEYS) this.dropExpired(now)
      this.counts.set(key, { failures: 1, resetAt: now + this.window.ms })
    }
  }

  forget(key: string): void {
    this.counts.delete(key)
  }

  /** Takes back one failure counted in advance, for an attempt that turned out to succeed. */
  forgiveOne(key: string): void {
    const count = this.counts.get(key)
    if (count && count.failures > 0) count.failures--
  }

  private dropExpired(now: number): void {
    for (const [key, count] of this.counts) if (count.resetAt <= now) this.counts.delete(key)
  }
}

/**
 * The client's address: the last entry of X-Forwarded-For, which the nearest proxy appended (nginx's
 * `$proxy_add_x_forwarded_for`), or which Next set from the socket when no proxy is in front.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').pop()?.trim()
  return last || headers.get('x-real-ip')?.trim() || 'unknown'
}

/** Per client address, and per account from each address: one key each. */
export class ClientThrottle {
  private readonly byAddress: FailureCounter
  private readonly byAccount: FailureCounter

  constructor(perAddress: Window, perAccountFromAddress: Window) {
    this.byAddress = new FailureCounter(perAddress)
    this.byAccount = new FailureCounter(perAccountFromAddress)
  }

  /** Milliseconds this client must wait before trying this account again, 0 when it may now. */
  waitFor(address: string, account: string): number {
    return Math.max(this.byAddress.waitFor(address), this.byAccount.waitFor(`${account}\n${address}`))
  }

  fail(address: string, account: string): void {
    this.byAddress.fail(address)
    this.byAccount.fail(`${account}\n${address}`)
  }

  /**
   * An attempt counted in advance as a failure that succeeded: its failures for this account are
   * forgiven, and the address's count is taken back by one (many people may share one address).
   */
  succeed(address: string, account: string): void {
    this.byAccount.forget(`${account}\n${address}`)
    this.byAddress.forgiveOne(address)
  }
}
