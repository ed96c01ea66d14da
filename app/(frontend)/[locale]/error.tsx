'use client'

import { ErrorMessage, useErrorLocale } from '@/components/errors/ErrorMessage'

/**
 * A page that failed while rendering, in the site's frame (the locale layout stays) and the address's
 * language. Next shows it in the browser; the server's answer is a 500.
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" tabIndex={-1}>
      <ErrorMessage locale={useErrorLocale()} reset={reset} />
    </main>
  )
}
