// The YAML front matter of a Markdown export ("---\ntitle: …\nauthor: …\n---"): only flat "key: value" lines are
// read, which is all blog exporters write; anything else in it is ignored rather than parsed half-way.

export type FrontMatter = { body: string; fields: Record<string, string> }

const block = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/

const unquote = (value: string) => value.trim().replace(/^(['"])(.*)\1$/, '$2')

export const frontMatter = (markdown: string): FrontMatter => {
  const match = block.exec(markdown)
  if (!match) return { body: markdown, fields: {} }
  const fields: Record<string, string> = {}
  for (const line of match[1].split('\n')) {
    const pair = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line)
    if (pair && pair[2].trim()) fields[pair[1].toLowerCase()] = unquote(pair[2])
  }
  return { body: markdown.slice(match[0].length), fields }
}
