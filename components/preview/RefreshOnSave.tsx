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
 */
export function RefreshOnSave() {
  const router = useRouter()
  const refresh = useCallback(() => router.refresh(), [router])
  const origin = useSyncExternalStore(never, adminOrigin, () => null)
  return origin ? <RefreshRouteOnSave refresh={refresh} serverURL={origin} /> : null
}
