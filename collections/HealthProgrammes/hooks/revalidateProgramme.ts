import { revalidationHooks } from '../../../lib/content/revalidate'

/** Expires the site's cached pages that show a programme when it is published, changed, unpublished or deleted. */
export const revalidateProgramme = revalidationHooks('health-programmes')
