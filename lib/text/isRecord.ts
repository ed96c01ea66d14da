/** A plain object (not null, not an array): what a JSON object or a Payload document's group is. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
