// Sentences that run the clinic rather than say anything medical: scheduling, directions, contact, price and billing,
// calls to action, clinic history, greetings and sign-offs, crisis-line instructions, and page furniture from website
// builders. Medical-legal review lets them through; a medical word inside one is still caught by the claim rules.

const operational = [
  // contact, crisis lines, calls to action
  /\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\b[\w.-]+@[\w-]+\.[a-z]{2,}\b|https?:\/\/|\bwww\./i,
  /\b(?:988|911|crisis\s+(?:line|counselor|service)|emergency\s+(?:room|care|service)|in\s+crisis|in\s+danger|thinking\s+about\s+suicide\s+right\s+now)\b/i,
  /^(?:please\s+)?(?:book|call|text|email|e-mail|contact|schedule|visit|click|tap|download|log\s+in|sign\s+up|subscribe|follow|share|apply|message|chat|dm|ask|fill\s+out|take\s+the|check\s+in|bring|arrange|plan\s+to|join|learn|read|request|reach\s+out|come\s+(?:meet|see|visit)|see\s+you|let's|give)\b/i,
  /\b(?:free\s+(?:consult\w*|chat|phone|tours?)|book(?:ing|ed)?\s+(?:online|button|your|a)|request\s+an\s+evaluation|patient\s+portal|in\s+the\s+app|the\s+\w+\s+tab|booking\s+button|two-minute\s+quiz|we\s+offer|can\s+be\s+booked|let's|travel\s+from|intake\s+(?:line|coordinator))\b/i,
  // scheduling, directions, opening hours
  /\b(?:located\s+(?:at|on|in)|we\s+are\s+(?:at|on|in)\s+(?:the\s+)?(?:\d|[A-Z])|next\s+to|across\s+from|parking|valet|suite\s+\d|floor|building\s+[A-Z]|train\s+station|short\s+walk|office\s+hours|open\s+(?:monday|daily|\d)|business\s+days?|\d{1,2}\s*(?:am|pm)\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
  /\b(?:reschedule|cancel\w*|(?:hours'?|days'?)\s+notice|walk-ins|appointment|arrive\s+(?:early|within)|ships?\s+within|box\s+should\s+arrive|childcare|snack|blanket|coffee|latte|tours?)\b/i,
  // price and billing steps
  /\$\s?\d|\b(?:\d+%\s+off|discount|price[sd]?|pricing|costs?|fees?|billed|billing|bill\s+your|payment|pay\s+up\s+front|financing|carecredit|credit\s+cards?|cash|HSA|FSA|superbill|receipt|itemized|copay|membership|renews|reimburs\w*|donat\w*|grants|sponsors)\b/i,
  // clinic history, team, greetings and sign-offs
  /\b(?:founded|opened|started\s+\w+\s+in|since\s+(?:19|20)\d\d|has\s+served|turned\s+(?:one|two|three|four|five|\d+)|we\s+have\s+helped|group\s+practice|medical\s+director|owner\s+of|nurse\s+anesthetist\s+and|i'm\s+\w+|here\s+are|this\s+(?:post|guide)|wrote\s+this|walks?\s+you\s+through|let\s+me\s+walk)\b/i,
  /^(?:hi|hello|hey|welcome|thank\s+you|thanks|congrats|happy\s+\w+|xoxo|cheers|love,|see\s+you)\b/i,
  // website-builder furniture
  /^By\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*(?:\s*\||$)/,
  /^(?:home\s*[»/]|posted\s+(?:on|in)|writer:|filed\s+under|share\s+this|leave\s+a\s+(?:reply|comment)|related\s+posts|top\s+of\s+page|bottom\s+of\s+page|post\s+not\s+marked|\d+\s+(?:views?|comments?|min\s+read)|\w+\s+says:)/i,
  /\b(?:your\s+email\s+address\s+will\s+not\s+be\s+published)\b/i,
]

/** True when a sentence is clinic business (booking, directions, billing, greetings …) rather than a medical statement. */
export const isOperational = (sentence: string): boolean => operational.some((pattern) => pattern.test(sentence))
