// Library entries beyond the papers in references.json: a regulator's announcement, as clinics cite them.
export const extraReferences = [
  {
    journal: 'U.S. Food and Drug Administration',
    kind: 'news',
    summary:
      'FDA press announcement of 5 March 2019 approving Spravato (esketamine) nasal spray, with an oral antidepressant, for treatment-resistant depression in adults, available only through a restricted programme at certified clinics.',
    title: 'FDA approves new nasal spray medication for treatment-resistant depression; available only at a certified doctor’s office or clinic',
    url: 'https://www.fda.gov/news-events/press-announcements/fda-approves-new-nasal-spray-medication-treatment-resistant-depression-available-only-certified',
    year: 2019,
  },
] as const
