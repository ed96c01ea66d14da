/** Payload's validation errors carry the field messages in `data.errors`; show them, not "invalid". */
export function describeError(error: unknown): string {
  const fields = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data?.errors
  if (fields?.length) return fields.map((f) => `${f.path}: ${f.message}`).join('; ')
  return error instanceof Error ? error.message : String(error)
}
