// CORS_ORIGINS: the browser origins outside the clinics' own sites that may call this server (a developer's
// localhost, a docs page, a separate admin front end). One parser for Payload's `cors` and `csrf` lists and /v1.

/** The origins in CORS_ORIGINS (comma-separated); an entry that is not an origin stops the server at start. */
export const corsOriginsOf = (env: Record<string, string | undefined> = process.env): string[] =>
  (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const origin = URL.canParse(entry) ? new URL(entry) : undefined
      if (!origin || !['http:', 'https:'].includes(origin.protocol) || origin.href !== `${origin.origin}/`)
        throw new Error(
          `CORS_ORIGINS: "${entry}" is not an origin; write each like "https://www.example.com" or ` +
            '"http://localhost:3000" (scheme, host and port, no path), separated by commas.',
        )
      return origin.origin
    })
