'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useCallback, useSyncExternalStore } from 'react'

const never = () => () => {}
/** The admin's origin when this page is in its Live Preview panel (an iframe of the same origin), else null. */
const adminOrigin = () => (window.parent !== window ? window.location.origin : null)

/**
 * In the admin's Live Preview panel, renders the page again (the server reads the new draft) each time
 * the editor saves or autosaves. Outside the panel it does nothing, not even Payload's first refresh.
 *
 * Rendered by the pages of the collections with Live Preview only, and only in draft mode
 * (`frame.previewing`): Next ships a client component's script with every page that imports it
 * (about 1 KB here), so the other pages, and PageShell, leave it out. (next/dynamic does not help:
 * its loader weighs 4 KB.)
 */
export function RefreshOnSave() {
  const router = useRouter()
  const refresh = useCallback(() => router.refresh(), [router])
  const origin = useSyncExternalStore(never, adminOrigin, () => null)
  return origin ? <RefreshRouteOnSave refresh={refresh} serverURL={origin} /> : null
}
