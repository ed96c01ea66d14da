import type { ReactNode } from 'react'

/** One block of the home page: a titled list and the link to its whole section. */
export function HomeSection({
  id,
  title,
  moreHref,
  moreLabel,
  children,
}: {
  id: string
  title: string
  moreHref: string
  moreLabel: string
  children: ReactNode
}) {
  return (
    <section className="home-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      <p className="more">
        <a href={moreHref}>{moreLabel}</a>
      </p>
    </section>
  )
}
