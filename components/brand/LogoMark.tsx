import { markMarkup, markViewBox } from '@/lib/brand/mark'

/**
 * The organisation's mark, inline (no request, sharp at every size). Decorative: the organisation's
 * name always stands beside it, so it is hidden from assistive technology.
 */
export function LogoMark({ size, className }: { size: number; className?: string }) {
  return (
    <svg
      className={className}
      viewBox={markViewBox}
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      // A constant from lib/brand/mark.ts, never user input.
      dangerouslySetInnerHTML={{ __html: markMarkup }}
    />
  )
}
