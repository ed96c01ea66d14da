import { revalidationHooks } from '../../../lib/content/revalidate'

/** Expires the site's cached pages that show a page when it is published, changed, unpublished or deleted. */
export const revalidatePage = revalidationHooks('pages')
