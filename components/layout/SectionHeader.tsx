/** A section's heading and introduction, with its feed or calendar when it has one. */
export function SectionHeader({
  title,
  description,
  feed,
}: {
  title: string
  description?: string
  feed?: { href: string; type: string; label: string }
}) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      {description ? <p>{description}</p> : null}
      {feed ? (
        <p>
          <a href={feed.href} type={feed.type}>
            {feed.label}
          </a>
        </p>
      ) : null}
    </header>
  )
}
