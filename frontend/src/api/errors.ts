/**
 * Errors of calls to the Go side. The Go ErrorFormatter (app/errors.go) sends {code, message, field} with a
 * French message; anything else (a timeout, a shape mismatch) is wrapped so the window always has a French
 * message to show.
 */
import { UIErrorSchema } from './schemas'

/** Error codes sent by Go (app.ErrorCode), plus "shape" for a result that failed validation here. */
export type ErrorCode =
  | 'internal'
  | 'no_dossier'
  | 'not_dossier'
  | 'not_found'
  | 'invalid'
  | 'export'
  | 'cancelled'
  | 'storage'
  | 'shape'
  | (string & {})

/** A refused field with its French message. */
export interface FieldMessage {
  /** JSON name of the field ("siret", "amount"…). */
  field: string
  /** French message. */
  message: string
}

/** An error from a call to Go, with a French message and the field it is tied to ("" when none). */
export class ApiError extends Error {
  /** Kind of error (see {@link ErrorCode}). */
  readonly code: ErrorCode
  /** Field the error is tied to, e.g. "siret"; "" when none. */
  readonly field: string
  /** Every refused field with its message (code "invalid"); may be empty. */
  readonly details: FieldMessage[]

  /** Builds an error from its code, French message, field and per-field details. */
  constructor(code: ErrorCode, message: string, field = '', details: FieldMessage[] = []) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.field = field
    this.details = details
  }

  /**
   * French messages per field name, for showing each under its field: the details, or the single field and
   * the message when Go sent no details.
   */
  byField(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const d of this.details) out[d.field] = out[d.field] ? `${out[d.field]} ${d.message}` : d.message
    if (this.details.length === 0 && this.field) out[this.field] = this.message
    return out
  }

  /** True when the user closed a dialog without choosing: not an error to show. */
  get cancelled(): boolean {
    return this.code === 'cancelled'
  }
}

/**
 * Turns whatever a rejected binding call gives (the UIError object, a string, an Error) into an
 * {@link ApiError} with a French message.
 */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e
  const parsed = UIErrorSchema.safeParse(e)
  if (parsed.success) return new ApiError(parsed.data.code, parsed.data.message, parsed.data.field, parsed.data.details)
  if (typeof e === 'string') {
    // A JSON-encoded UIError arrives as a string on some transports.
    try {
      const again = UIErrorSchema.safeParse(JSON.parse(e))
      if (again.success) return new ApiError(again.data.code, again.data.message, again.data.field, again.data.details)
    } catch {
      /* not JSON: a plain message */
    }
    return new ApiError('internal', e)
  }
  if (e instanceof Error) {
    if (/timed out/i.test(e.message)) {
      return new ApiError('internal', 'Le programme ne répond pas (délai dépassé). Réessayez.')
    }
    return new ApiError('internal', `Erreur inattendue : ${e.message}`)
  }
  return new ApiError('internal', 'Erreur inattendue.')
}
