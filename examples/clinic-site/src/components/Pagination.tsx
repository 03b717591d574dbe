import Link from 'next/link'

/** Older and newer pages of a list, as links a crawler can follow. */
export function Pagination({ page, path, totalPages }: { page: number; path: string; totalPages: number }) {
  if (totalPages <= 1) return null
  const href = (target: number) => (target === 1 ? path : `${path}?page=${target}`)
  return (
    <nav aria-label="Pages" className="pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          Newer articles
        </Link>
      ) : null}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          Older articles
        </Link>
      ) : null}
    </nav>
  )
}
