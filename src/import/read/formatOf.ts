// Which reader a file needs: by its extension, and by its first bytes when the extension says nothing useful.

export type SourceFormat = 'html' | 'markdown' | 'text' | 'wxr'

export const formatOf = ({ name, text }: { name: string; text: string }): SourceFormat => {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1].toLowerCase()
  const start = text.slice(0, 2000).trimStart().toLowerCase()
  if (extension === 'xml' || extension === 'wxr' || (start.startsWith('<?xml') && start.includes('<rss'))) return 'wxr'
  if (extension === 'html' || extension === 'htm' || start.startsWith('<!doctype html') || start.startsWith('<html'))
    return 'html'
  if (extension === 'md' || extension === 'markdown' || extension === 'mdown') return 'markdown'
  return 'text'
}
