/**
 * Marks a post write as made by the article importer, with the note the audit log records ("Imported from
 * 001.txt"). A symbol, like the review workflow's token, so no request body, query or header can carry it.
 */
export const importToken = Symbol('vetted.import')

export type ImportContext = { [importToken]?: { note: string } }

export const importNoteOf = (context: unknown): string | undefined =>
  (context as ImportContext | undefined)?.[importToken]?.note
