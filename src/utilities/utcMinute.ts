/** A moment as messages and alerts write it, to the minute and in UTC so that it reads the same to everyone: "2026-03-01 09:00 UTC". */
export const utcMinute = (moment: Date): string => `${moment.toISOString().slice(0, 16).replace('T', ' ')} UTC`
