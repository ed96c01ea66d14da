import { revalidationHooks } from '../../../lib/content/revalidate'

/** Expires the site's cached pages that show an image (its alt text and sizes are shown on pages) when it is published, changed, unpublished or deleted. */
export const revalidateMedia = revalidationHooks('media')
