/**
 * One helper for every binding call: run it, turn a rejection into an ApiError, and check the result's
 * shape with zod.
 */
import type { z } from 'zod'
import { ApiError, toApiError } from './errors'

/**
 * Runs the binding call `run`, validates its result with `schema` and returns the parsed value. Rejections
 * become {@link ApiError}s (French message from Go); a result of the wrong shape becomes an ApiError with code
 * "shape" naming the call and the first wrong path.
 */
/** Number of binding calls sent and not yet answered. */
let inFlight = 0

export async function call<S extends z.ZodType>(what: string, run: () => Promise<unknown>, schema: S): Promise<z.output<S>> {
  let raw: unknown
  const start = performance.now()
  // The Wails dev server answers the calls of one page one after the other (one websocket, read in a loop):
  // a call started while others are unanswered waits for them; detail.inFlight tells those apart.
  const before = inFlight++
  try {
    raw = await run()
  } catch (e) {
    throw toApiError(e)
  } finally {
    inFlight--
    // Round-trip time of each call, readable with performance.getEntriesByType('measure') (e2e figures);
    // detail.inFlight is the number of other calls still unanswered when it started.
    try {
      performance.measure(`api: ${what}`, { start, detail: { inFlight: before } })
    } catch {
      /* measure unsupported: timing is optional */
    }
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` (champ « ${issue.path.join('.')} »)` : ''
    throw new ApiError('shape', `Réponse inattendue du programme pour ${what}${where}.`)
  }
  return parsed.data
}
