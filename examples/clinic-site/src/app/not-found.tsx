import Link from 'next/link'

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        This article may have been moved or withdrawn. <Link href="/">See all articles</Link>.
      </p>
    </>
  )
}
