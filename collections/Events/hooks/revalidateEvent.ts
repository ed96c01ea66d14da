import { revalidationHooks } from '../../../lib/content/revalidate'

/** Expires the site's cached pages that show an event when it is published, changed, unpublished or deleted. */
export const revalidateEvent = revalidationHooks('events')
