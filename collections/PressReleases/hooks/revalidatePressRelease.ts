import { revalidationHooks } from '../../../lib/content/revalidate'

/** Expires the site's cached pages that show a press release when it is published, changed, unpublished or deleted. */
export const revalidatePressRelease = revalidationHooks('press-releases')
