import type { GroupField } from 'payload'

/**
 * Where an imported post came from, so importing the same article again updates this draft instead of adding a
 * second post, and leaves alone a post someone has edited, signed off or published since.
 */
export const importSource: GroupField = {
  name: 'importSource',
  type: 'group',
  label: 'Imported from',
  admin: {
    condition: (data) => Boolean((data as { importSource?: { key?: string } })?.importSource?.key),
    description: 'Set by the article importer (npm run import).',
    position: 'sidebar',
    readOnly: true,
  },
  fields: [
    {
      name: 'key',
      type: 'text',
      index: true,
      label: 'Source',
      admin: { description: 'The article’s address, WordPress guid or file name.' },
    },
    { name: 'file', type: 'text', label: 'File' },
    { name: 'importedAt', type: 'date', label: 'Imported at', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    // What the file held and what the import wrote: a re-run skips an unchanged file and never overwrites edits.
    { name: 'sourceHash', type: 'text', admin: { hidden: true } },
    { name: 'bodyHash', type: 'text', admin: { hidden: true } },
  ],
}
