'use client'

import { ErrorMessage, useErrorLocale } from '@/components/errors/ErrorMessage'
import { directionOf } from '@/lib/i18n/locales'

/**
 * When a root layout itself fails: Next replaces it with this whole document, so it names its own
 * language and direction (the address's locale, English elsewhere) and keeps to plain HTML.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useErrorLocale()
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <main id="main">
          <ErrorMessage locale={locale} reset={reset} />
        </main>
      </body>
    </html>
  )
}
