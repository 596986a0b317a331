/**
 * Markdown of the chapters rendered for the live preview, made safe: raw HTML in the text is shown as text
 * (markdown-it html: false), then DOMPurify keeps only a short list of tags, drops every attribute but
 * href/title/colspan/rowspan, and links keep only http(s) and mailto targets. No image, frame, style or script
 * survives, so nothing remote is loaded and nothing runs.
 */
import MarkdownIt from 'markdown-it'
import DOMPurify from 'dompurify'

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false })

const allowedTags = [
  'p', 'br', 'strong', 'em', 'b', 'i', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
]
const safeHref = /^(https?:|mailto:)/i

let hooked = false
function hook(): void {
  if (hooked) return
  hooked = true
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? ''
      if (!safeHref.test(href)) node.removeAttribute('href')
      node.setAttribute('rel', 'noopener noreferrer')
    }
  })
}

/** Renders chapter Markdown to sanitised HTML (see the module comment for what is kept). */
export function renderMarkdown(source: string): string {
  hook()
  const html = md.render(source)
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: ['href', 'title', 'colspan', 'rowspan', 'rel'],
    ALLOW_DATA_ATTR: false,
  })
}

/**
 * Length of a chapter as counted against its limit: characters (Unicode code points, so an emoji or an
 * accented letter counts one), spaces included, as the label's application forms count.
 */
export function chapterLength(source: string): number {
  let n = 0
  for (const _ of source) n++
  return n
}
