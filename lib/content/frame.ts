import type { LocaleCode } from '../i18n/locales'
import { previewViewer } from './previewViewer'
import { getNavigation, getSiteFrame, type MenuLink, type SiteFrame } from './site'

export interface Frame {
  site: SiteFrame
  menu: { header: MenuLink[]; footer: MenuLink[] }
  /** A member of staff is previewing drafts (draft mode): the page shows the preview bar. */
  previewing: boolean
}

/** What every page's header and footer show: the site settings and the menus (both cached), and whether it is a preview. */
export async function getFrame(locale: LocaleCode): Promise<Frame> {
  const [site, menu, previewer] = await Promise.all([getSiteFrame(locale), getNavigation(locale), previewViewer()])
  return { site, menu, previewing: previewer !== null }
}
