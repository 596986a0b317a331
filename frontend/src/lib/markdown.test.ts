import { describe, expect, it } from 'vitest'
import { chapterLength, renderMarkdown } from './markdown'

describe('renderMarkdown', () => {
  it('renders lists, emphasis and headings', () => {
    const html = renderMarkdown('## Gouvernance\n\nLe **Sillon lorrain** :\n\n- Metz\n- Nancy\n')
    expect(html).toContain('<h2>Gouvernance</h2>')
    expect(html).toContain('<strong>Sillon lorrain</strong>')
    expect(html).toContain('<li>Metz</li>')
  })
  it('shows HTML and script written in the text as text', () => {
    const html = renderMarkdown('Bonjour <script>alert(1)</script> <img src="https://x.example/t.png" onerror="alert(2)">')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;')
  })
  it('drops images and dangerous links', () => {
    const html = renderMarkdown('![logo](https://tracker.example/p.png) [clic](javascript:alert(1)) [site](https://lorntech.example)')
    expect(html).not.toContain('<img')
    expect(html).not.toMatch(/href="javascript/i)
    expect(html).toContain('[clic](javascript:alert(1))') // refused as a link, shown as text
    expect(html).toContain('href="https://lorntech.example"')
  })
  it('removes attributes such as style and event handlers from any path', () => {
    const html = renderMarkdown('[a](https://a.example "titre")')
    expect(html).toBe('<p><a href="https://a.example" title="titre" rel="noopener noreferrer">a</a></p>\n')
  })
})

describe('chapterLength', () => {
  it('counts code points', () => {
    expect(chapterLength('Épinal')).toBe(6)
    expect(chapterLength('🚀 ok')).toBe(4)
    expect(chapterLength('')).toBe(0)
  })
})
