import type { Article } from '@vetted/client'

import { formatDate } from '../vetted'

/** Who checked the medicine in this article, and when it is due to be checked again. */
export function ReviewerBox({ article }: { article: Article }) {
  const reviewer = article.medicalReviewer
  if (!reviewer) return null
  const credentials = [reviewer.credentials?.degree, reviewer.credentials?.specialty].filter(Boolean).join(', ')
  return (
    <aside aria-label="Medical review" className="reviewer">
      <p>
        <strong>Medically reviewed by {reviewer.name}</strong>
        {credentials ? `, ${credentials}` : null}
        {article.lastReviewedAt ? (
          <>
            {' '}
            on <time dateTime={article.lastReviewedAt}>{formatDate(article.lastReviewedAt)}</time>
          </>
        ) : null}
        .
      </p>
      {article.nextReviewDue ? <p>Next review due {formatDate(article.nextReviewDue)}.</p> : null}
    </aside>
  )
}
