import type { ReactNode } from 'react'

import type { RichText as RichTextValue } from '@/lib/text/richText'

interface Node {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  url?: string
  fields?: { url?: string; newTab?: boolean }
  children?: Node[]
}

// Lexical text format bits.
const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const UNDERLINE = 8
const CODE = 16
const SUBSCRIPT = 32
const SUPERSCRIPT = 64

function text(node: Node, key: number): ReactNode {
  let out: ReactNode = node.text ?? ''
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & CODE) out = <code>{out}</code>
  if (format & BOLD) out = <strong>{out}</strong>
  if (format & ITALIC) out = <em>{out}</em>
  if (format & UNDERLINE) out = <u>{out}</u>
  if (format & STRIKETHROUGH) out = <s>{out}</s>
  if (format & SUBSCRIPT) out = <sub>{out}</sub>
  if (format & SUPERSCRIPT) out = <sup>{out}</sup>
  return <span key={key}>{out}</span>
}

/** Only web addresses and mail links; anything else (javascript:, data:) is dropped. */
function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined
  return /^(https?:|mailto:|\/|#)/i.test(url) ? url : undefined
}

/** Headings inside a body start one level below the page's own h1. */
const headingTags = { h1: 'h2', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h5', h6: 'h6' } as const

function nodes(list: Node[] | undefined): ReactNode[] {
  return (list ?? []).map((node, i) => block(node, i))
}

function block(node: Node, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return text(node, key)
    case 'linebreak':
      return <br key={key} />
    case 'paragraph':
      return <p key={key}>{nodes(node.children)}</p>
    case 'heading': {
      const Tag = headingTags[(node.tag ?? 'h2') as keyof typeof headingTags] ?? 'h2'
      return <Tag key={key}>{nodes(node.children)}</Tag>
    }
    case 'quote':
      return <blockquote key={key}>{nodes(node.children)}</blockquote>
    case 'list': {
      const Tag = node.listType === 'number' ? 'ol' : 'ul'
      return <Tag key={key}>{nodes(node.children)}</Tag>
    }
    case 'listitem':
      return <li key={key}>{nodes(node.children)}</li>
    case 'link':
    case 'autolink': {
      const href = safeHref(node.fields?.url ?? node.url)
      return href ? (
        <a key={key} href={href}>
          {nodes(node.children)}
        </a>
      ) : (
        <span key={key}>{nodes(node.children)}</span>
      )
    }
    default:
      return node.children ? <span key={key}>{nodes(node.children)}</span> : null
  }
}

/**
 * A Lexical rich-text value as plain semantic HTML: no client code, no injected markup. `lead` (a
 * press release's dateline) opens the first paragraph, as in print: "GENÈVE – L'Organisation …"; a
 * text that starts otherwise (a heading, a list) gets it as a paragraph of its own.
 */
export function RichText({
  value,
  className,
  lead,
}: {
  value: RichTextValue | null | undefined
  className?: string
  lead?: ReactNode
}) {
  const children = (value?.root?.children ?? []) as Node[]
  if (!value?.root && !lead) return null
  const [first, ...rest] = children
  if (!lead) return <div className={className ?? 'prose'}>{nodes(children)}</div>
  return (
    <div className={className ?? 'prose'}>
      {first?.type === 'paragraph' ? (
        <p>
          {lead} {nodes(first.children)}
        </p>
      ) : (
        <>
          <p>{lead}</p>
          {first ? block(first, 0) : null}
        </>
      )}
      {rest.map((node, i) => block(node, i + 1))}
    </div>
  )
}
