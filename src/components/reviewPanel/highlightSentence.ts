// Finds a flagged sentence in the post editor's text and highlights it with the CSS Custom Highlight API, which
// marks a DOM Range without touching the editor's DOM (Lexical owns it and would undo any markup we added).
const flagHighlight = 'vetted-flag'

/** The highlight's look, added to the page once. */
const ensureStyle = () => {
  if (document.getElementById(flagHighlight)) return
  const style = document.createElement('style')
  style.id = flagHighlight
  style.textContent = `::highlight(${flagHighlight}) { background-color: #ffe08a; color: #1a1a1a; }`
  document.head.append(style)
}

const blockSelector = 'p, h1, h2, h3, h4, h5, h6, li, blockquote'

/** The editor's own text nodes of one block, skipping inline blocks (a citation's label is not the sentence). */
const textNodesOf = (block: Element): Text[] => {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-lexical-decorator="true"], [contenteditable="false"]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  })
  const nodes: Text[] = []
  while (walker.nextNode()) nodes.push(walker.currentNode as Text)
  return nodes
}

/**
 * The block's text with runs of whitespace collapsed to one space, as the scanner keys sentences, and for each
 * character kept the text node and offset it came from, so a match maps back to a Range.
 */
const collapsedText = (nodes: Text[]) => {
  let text = ''
  const origins: { node: Text; offset: number }[] = []
  for (const node of nodes) {
    for (let offset = 0; offset < node.data.length; offset += 1) {
      const char = /\s/.test(node.data[offset]) ? ' ' : node.data[offset]
      if (char === ' ' && text.endsWith(' ')) continue
      text += char
      origins.push({ node, offset })
    }
  }
  return { origins, text }
}

const rangeOf = (root: Element, sentence: string): null | Range => {
  const wanted = sentence.replace(/\s+/g, ' ').trim()
  for (const block of root.querySelectorAll(blockSelector)) {
    const { origins, text } = collapsedText(textNodesOf(block))
    const start = text.indexOf(wanted)
    if (start < 0) continue
    const first = origins[start]
    const last = origins[start + wanted.length - 1]
    const range = root.ownerDocument.createRange()
    range.setStart(first.node, first.offset)
    range.setEnd(last.node, last.offset + 1)
    return range
  }
  return null
}

/** Scrolls to the sentence and highlights it; false when the text no longer holds it (edited since the scan). */
export const highlightSentence = (sentence: string): boolean => {
  const editor = document.querySelector('.rich-text-lexical [contenteditable="true"]')
  const range = editor && rangeOf(editor, sentence)
  if (!range) return false
  range.startContainer.parentElement?.scrollIntoView({ behavior: 'smooth', block: 'center' })
  if ('highlights' in CSS) {
    ensureStyle()
    CSS.highlights.set(flagHighlight, new Highlight(range))
  } else {
    // Without the Highlight API, a selection still shows the reader where the sentence is.
    const selection = window.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
  }
  return true
}
