/**
 * What one GraphQL request may ask for, checked while the query is validated (before anything runs).
 *
 * Payload's complexity rule counts one point per field, so 490 aliases of a list query (980 points)
 * passed its limit of 1,000 and held the server for 29 s: every root field is a database query with
 * its own population, whatever it is called. Here each root field counts as the list it reads (its
 * `limit`, 10 by default), aliases and fragments included, besides a cap on root fields and on depth.
 */
import {
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

export const GRAPHQL_LIMITS = {
  /** Root fields (queries or mutations, each alias counted) in one operation. */
  rootFields: 10,
  /** Nesting of selections, counted from the root field (`Docs { docs { heroImage { url } } }` is 4). */
  depth: 8,
  /** Fields selected in all, after expanding fragments. */
  fields: 400,
  /** Documents one list may ask for (`limit`); 0 (everything) is refused. */
  listLimit: 100,
  /** Documents all the lists of one operation may ask for together. */
  documents: 200,
} as const

/** Tokens of one query: the largest accepted query (10 lists, fully selected) has about 1,500. */
const MAX_TOKENS = 20_000

/** Payload's own default page size of a list query without `limit`. */
const DEFAULT_LIST_LIMIT = 10

interface Cost {
  fields: number
  depth: number
}

type Variables = Record<string, unknown> | null | undefined

function intValue(node: ValueNode, variables: Variables): number | undefined {
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.VARIABLE) {
    const value = variables?.[node.name.value]
    return typeof value === 'number' ? value : undefined
  }
  return undefined
}

/** Fields and depth of a selection, with fragments expanded (a fragment cycle is counted once). */
function costOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): Cost {
  if (!selectionSet) return { fields: 0, depth: 0 }
  let fields = 0
  let depth = 0
  for (const selection of selectionSet.selections) {
    let inner: Cost
    if (selection.kind === Kind.FIELD) {
      const below = costOf(selection.selectionSet, fragments, seen)
      inner = { fields: below.fields + 1, depth: below.depth + 1 }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = costOf(selection.selectionSet, fragments, seen)
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      if (!fragment || seen.has(name)) continue
      inner = costOf(fragment.selectionSet, fragments, new Set([...seen, name]))
    }
    fields += inner.fields
    depth = Math.max(depth, inner.depth)
  }
  return { fields, depth }
}

/** The root fields of an operation, fragments at the root expanded. */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): { name: string; limit?: ValueNode; unpaginated: boolean; selectionSet?: SelectionSetNode }[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen)
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments.get(selection.name.value)
      if (!fragment || seen.has(fragment.name.value)) return []
      return rootFields(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]))
    }
    if (selection.name.value.startsWith('__')) return []
    const argument = (name: string) => selection.arguments?.find((a) => a.name.value === name)?.value
    const pagination = argument('pagination')
    // `pagination: false` returns every document whatever the limit.
    const unpaginated = pagination !== undefined && !(pagination.kind === Kind.BOOLEAN && pagination.value)
    return [{ name: selection.name.value, limit: argument('limit'), unpaginated, selectionSet: selection.selectionSet }]
  })
}

/** A list query's page (it has `docs`), or undefined for a single document, a global or a mutation. */
const isList = (selectionSet: SelectionSetNode | undefined): boolean =>
  Boolean(selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'docs'))

/** The rule, given the request's variables (a `limit: $n` counts as the value sent). */
export function graphqlCostRule(variables: Variables): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const fragments = new Map(
        context
          .getDocument()
          .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      )
      const refuse = (message: string) => context.reportError(new GraphQLError(message, { nodes: [operation] }))
      const roots = rootFields(operation.selectionSet, fragments)
      if (roots.length > GRAPHQL_LIMITS.rootFields)
        return refuse(
          `This request asks for ${roots.length} root fields (aliases count); at most ${GRAPHQL_LIMITS.rootFields} are allowed per request.`,
        )
      const cost = costOf(operation.selectionSet, fragments, new Set())
      if (cost.depth > GRAPHQL_LIMITS.depth)
        return refuse(`This query is nested ${cost.depth} levels deep; at most ${GRAPHQL_LIMITS.depth} are allowed.`)
      if (cost.fields > GRAPHQL_LIMITS.fields)
        return refuse(`This query selects ${cost.fields} fields; at most ${GRAPHQL_LIMITS.fields} are allowed.`)
      let documents = 0
      for (const root of roots) {
        if (!isList(root.selectionSet)) {
          documents += 1
          continue
        }
        if (root.unpaginated)
          return refuse(
            `"${root.name}" asks for every document (pagination: false); ask for pages of at most ${GRAPHQL_LIMITS.listLimit}.`,
          )
        const limit = root.limit ? intValue(root.limit, variables) : DEFAULT_LIST_LIMIT
        if (limit === undefined || limit < 1 || limit > GRAPHQL_LIMITS.listLimit)
          return refuse(
            `"${root.name}" asks for limit ${limit ?? 'unknown'}; a list returns between 1 and ${GRAPHQL_LIMITS.listLimit} documents per request.`,
          )
        documents += limit
      }
      if (documents > GRAPHQL_LIMITS.documents)
        refuse(
          `This request asks for up to ${documents} documents; at most ${GRAPHQL_LIMITS.documents} are allowed per request.`,
        )
    },
  })
}

/** The fragments a selection spreads, directly or through inline fragments and fields. */
function spreadsOf(selectionSet: SelectionSetNode | undefined, into: string[] = []): string[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) into.push(selection.name.value)
    else spreadsOf(selection.selectionSet, into)
  }
  return into
}

function hasFragmentCycle(document: DocumentNode): boolean {
  const spreads = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, spreadsOf(d.selectionSet)]),
  )
  const done = new Set<string>()
  const visit = (name: string, path: Set<string>): boolean => {
    if (path.has(name)) return true
    if (done.has(name)) return false
    const next = new Set(path).add(name)
    const cycle = (spreads.get(name) ?? []).some((inner) => visit(inner, next))
    done.add(name)
    return cycle
  }
  return [...spreads.keys()].some((name) => visit(name, new Set()))
}

/**
 * Checked on the request body before Payload sees it: a query whose fragments spread each other
 * sent Payload's complexity count (which runs beside GraphQL's own cycle check) into endless
 * recursion, a 500. Syntax errors are left to GraphQL, which answers them with a 400.
 */
export function graphqlBodyProblem(body: Record<string, unknown>): string | undefined {
  if (typeof body.query !== 'string') return undefined
  let document: DocumentNode
  try {
    document = parse(body.query, { maxTokens: MAX_TOKENS })
  } catch (error) {
    return /token limit/i.test(String(error)) ? `This query is longer than ${MAX_TOKENS} tokens.` : undefined
  }
  return hasFragmentCycle(document) ? 'This query has fragments that spread each other in a cycle.' : undefined
}

type GraphQLHandler = (request: Request) => Promise<Response>

/**
 * graphql-js answers a mistyped name with the names it knows (`Did you mean "users"?`), which lets
 * anyone read the schema's hidden parts one guess at a time: the refusal keeps its first sentence.
 */
function withoutSuggestions<E extends { message?: unknown }>(error: E): E {
  return typeof error.message === 'string'
    ? { ...error, message: error.message.replace(/\s*Did you mean [^?]*\?/g, '') }
    : error
}

/**
 * A query refused before it ran (syntax, validation, these limits) answers 400, as the GraphQL over
 * HTTP specification asks: graphql-http answers 200 with the errors when the client accepts plain JSON.
 */
export function refusedQueriesAs400(handler: GraphQLHandler): GraphQLHandler {
  return async (request) => {
    const response = await handler(request)
    if (response.status !== 200) return response
    let text = await response.text()
    let refused = false
    try {
      const body = JSON.parse(text) as { data?: unknown; errors?: { message?: unknown }[] }
      refused = body.data === undefined && Array.isArray(body.errors) && body.errors.length > 0
      if (refused) text = JSON.stringify({ ...body, errors: body.errors?.map(withoutSuggestions) })
    } catch {
      // not JSON: hand it on as it is
    }
    return new Response(text, { status: refused ? 400 : 200, headers: response.headers })
  }
}
