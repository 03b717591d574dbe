// Small readers over parse5's default tree, so the HTML walker reads as what it does.
import type { DefaultTreeAdapterTypes } from 'parse5'

export type HtmlNode = DefaultTreeAdapterTypes.Node
export type HtmlElement = DefaultTreeAdapterTypes.Element

export const isElement = (node: HtmlNode): node is HtmlElement => 'tagName' in node

export const attributeOf = (element: HtmlElement, name: string): string | undefined =>
  element.attrs.find((attr) => attr.name === name)?.value

export const childrenOf = (node: HtmlNode): HtmlNode[] => ('childNodes' in node ? node.childNodes : [])

/** Every element below node, in document order. */
export const descendants = function* (node: HtmlNode): Generator<HtmlElement> {
  for (const child of childrenOf(node)) {
    if (isElement(child)) {
      yield child
      yield* descendants(child)
    }
  }
}

export const textContent = (node: HtmlNode): string =>
  node.nodeName === '#text'
    ? (node as DefaultTreeAdapterTypes.TextNode).value
    : childrenOf(node).map(textContent).join('')

/** Text for a report: each element's text apart, so "<h3>Share this:</h3><a>Facebook</a>" reads "Share this: Facebook". */
export const spacedText = (node: HtmlNode): string =>
  (node.nodeName === '#text'
    ? (node as DefaultTreeAdapterTypes.TextNode).value
    : childrenOf(node).map(spacedText).join(' ')
  )
    .replace(/\s+/g, ' ')
    .trim()
