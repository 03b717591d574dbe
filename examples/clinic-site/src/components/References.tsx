import type { Article } from '@vetted/client'

/** The numbered reference list: each citation marker in the text links here, and each entry links back. */
export function References({ references }: { references: Article['references'] }) {
  if (references.length === 0) return null
  return (
    <section aria-labelledby="references" className="references">
      <h2 id="references">References</h2>
      <ol>
        {references.map((reference) => (
          <li id={reference.anchor} key={reference.id} value={reference.number}>
            {/* Vetted's AMA-style entry, sanitised by Vetted. */}
            <span dangerouslySetInnerHTML={{ __html: reference.html }} />
            {reference.backlinks.map((backlink, index) => (
              <a
                aria-label={`Back to citation ${index + 1} of reference ${reference.number}`}
                className="backlink"
                href={`#${backlink}`}
                key={backlink}
              >
                ↩
              </a>
            ))}
          </li>
        ))}
      </ol>
    </section>
  )
}
