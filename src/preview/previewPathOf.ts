/** The preview page of a post (src/app/(preview)/preview/posts/[id]): the live preview tab and the review panel link it. */
export const previewPathOf = (id: number | string): string => `/preview/posts/${encodeURIComponent(String(id))}`
