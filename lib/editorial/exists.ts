import type { CollectionSlug, PayloadRequest, TypedLocale, Where } from 'payload'

/**
 * Does any document of `collection` match `where`? One indexed query reading no fields, inside the
 * request's transaction, regardless of access (rules that ask this are themselves access logic).
 */
export async function anyDocument(
  req: PayloadRequest,
  collection: CollectionSlug,
  where: Where,
  options: { locale?: TypedLocale; draft?: boolean } = {},
): Promise<boolean> {
  const found = await req.payload.find({
    collection,
    where,
    locale: options.locale,
    fallbackLocale: false,
    draft: options.draft ?? false,
    depth: 0,
    limit: 1,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return found.docs.length > 0
}
