import type { LocaleCode } from '../i18n/locales'
import { getNavigation, getSiteFrame, type MenuLink, type SiteFrame } from './site'

export interface Frame {
  site: SiteFrame
  menu: { header: MenuLink[]; footer: MenuLink[] }
}

/** What every page's header and footer show: the site settings and the menus (both cached). */
export async function getFrame(locale: LocaleCode): Promise<Frame> {
  const [site, menu] = await Promise.all([getSiteFrame(locale), getNavigation(locale)])
  return { site, menu }
}
