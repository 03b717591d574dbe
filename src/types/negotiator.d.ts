// What Vetted uses of negotiator 1.x. @types/negotiator is written for 0.6 and lacks `preferred`, the server's
// order for codings a client likes equally.
declare module 'negotiator' {
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> })
    encoding(available: readonly string[], options?: { preferred?: readonly string[] }): string | undefined
  }
}
