/** The language clinic articles are written in, as feeds and structured data declare it (BCP 47). */
export const contentLanguage = 'en'
