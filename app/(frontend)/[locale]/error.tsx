'use client'

import { ErrorFrameHeader } from '@/components/errors/ErrorFrame'
import { ErrorMessage, useErrorLocale } from '@/components/errors/ErrorMessage'

/**
 * A page that failed while rendering, in the address's language: the locale layout stays (language,
 * direction, skip link) and the header shows the organisation's mark and name, leading home. Next
 * shows it in the browser; the server's answer is a 500 (tests/e2e/errorPage.test.ts).
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useErrorLocale()
  return (
    <>
      <ErrorFrameHeader locale={locale} />
      <main id="main" tabIndex={-1}>
        <ErrorMessage locale={locale} reset={reset} />
      </main>
    </>
  )
}
