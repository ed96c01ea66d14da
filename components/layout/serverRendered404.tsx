import type { Metadata } from 'next'
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback'
import { draftMode } from 'next/headers'
import type { ReactElement } from 'react'

import { isLocale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/server'
import { NotFoundPage } from './NotFoundPage'

type LocaleProps = { params: Promise<{ locale: string }> }

/**
 * A page whose `notFound()` (a document that is not there, a filter the list does not offer, a page
 * past the last) answers the localized 404 drawn on the server, in the site's frame.
 *
 * Next answers a `notFound()` thrown while rendering with its bare error document, the 404 drawn by
 * script only (vercel/next.js#62228, open): a phone without JavaScript, or a crawler, gets a blank
 * page. So the page renders the 404 itself, marked `data-http-status="404"`, and the page cache's
 * handler answers it with that status (lib/cache/renderedStatus.mjs; it keeps none but the `_404`
 * page): every visitor gets a 404 with the whole page. No proxy has to look the address up before
 * Next renders it (its run cost a cached press release 0.4–0.5 ms of its 1.1 ms: issue 11).
 *
 * Only where the page cache answers: in `next dev` and for an editor previewing drafts (rendered per
 * request, never given to it) the `notFound()` stays Next's, whose status is right and whose script runs.
 */
export function withServerRendered404<P extends LocaleProps>(page: (props: P) => Promise<ReactElement>) {
  return async function PageOr404(props: P): Promise<ReactElement> {
    try {
      return await page(props)
    } catch (error) {
      const { locale } = await props.params
      if (!isNotFound(error) || !isLocale(locale) || !(await isStored())) throw error
      return <NotFoundPage locale={locale} />
    }
  }
}

/**
 * The metadata of that 404, for a page's generateMetadata that found nothing: its title, and out of
 * search engines' indexes (Next adds the `noindex` itself to a 404 it knows of while rendering).
 */
export async function renderedNotFoundMetadata(params: LocaleProps['params']): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: translator(locale)('notFound.title'), robots: { index: false } } : {}
}

const isNotFound = (error: unknown): boolean =>
  isHTTPAccessFallbackError(error) && getAccessFallbackHTTPStatus(error) === 404

async function isStored(): Promise<boolean> {
  return process.env.NODE_ENV === 'production' && !(await draftMode()).isEnabled
}
