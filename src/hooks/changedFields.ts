// The top-level fields whose values differ between two copies of a document, bookkeeping left out.
const bookkeeping = new Set(['createdAt', 'id', 'updatedAt'])

const comparable = (value: unknown): string =>
  JSON.stringify(value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : (value ?? null))

export const changedFields = ({
  after,
  before,
}: {
  after: Record<string, unknown>
  before: Record<string, unknown>
}): string[] =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => !bookkeeping.has(field) && comparable(before[field]) !== comparable(after[field]))
    .sort()
