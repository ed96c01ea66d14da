/**
 * Where the proxy finds the address lookup (addressLookup.ts). On `globalThis` under a registered
 * symbol: Next loads instrumentation and the proxy as separate bundles, each with its own copy of
 * this module, in the one server process (as lib/database/serverReadiness.ts). Imports nothing, so
 * that the proxy's bundle stays without Payload.
 */
import type { LocaleCode } from '../i18n/locales'

export type AddressVerdict = 'render' | 'not-found'
export type AddressLookup = (locale: LocaleCode, segments: string[]) => Promise<AddressVerdict>

const KEY = Symbol.for('passerelle.site.addressLookup')
type Holder = { [KEY]?: AddressLookup }

export function setAddressLookup(lookup: AddressLookup): void {
  ;(globalThis as Holder)[KEY] = lookup
}

/** The lookup, or undefined before the server has loaded Payload (the pages then decide alone). */
export function addressLookup(): AddressLookup | undefined {
  return (globalThis as Holder)[KEY]
}
