/** Putting the cursor on a named field of a form (from a finding's link). */
import { nextTick } from 'vue'

/**
 * Focuses the element whose data-testid is `testid` (an input, or the first input inside a select) once the
 * form is shown, and scrolls it into view; does nothing when it is not there.
 */
export async function focusField(testid: string): Promise<void> {
  await nextTick()
  await new Promise((r) => setTimeout(r, 80)) // drawers and dialogs animate in
  const el = document.querySelector<HTMLElement>(`[data-testid="${CSS.escape(testid)}"]`)
  if (!el) return
  const target = el.matches('input, textarea, button, [tabindex]') ? el : (el.querySelector<HTMLElement>('input, textarea, [tabindex]') ?? el)
  target.scrollIntoView({ block: 'center' })
  target.focus()
}
