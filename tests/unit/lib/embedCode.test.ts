import { describe, expect, it } from 'vitest'
import { embedCode, responsiveEmbedCode } from '../../../src/lib/embedCode'

const SRC = 'https://atlas.example.org/app/?view=ranking&markets=singapore&embed=1'

describe('embed code', () => {
  it('the plain iframe has no script and a 4:3 frame', () => {
    const code = embedCode(SRC, 'A "chart" <title>')
    expect(code).not.toContain('<script')
    expect(code).toContain(
      'src="https://atlas.example.org/app/?view=ranking&amp;markets=singapore&amp;embed=1"',
    )
    expect(code).toContain('title="A &quot;chart&quot; &lt;title>"')
  })

  it('the responsive code’s script is valid JavaScript, listens only to the app’s origin, and cannot close its tag early', () => {
    const code = responsiveEmbedCode(SRC, 'Chart')
    const script = /<script>([\s\S]*)<\/script>$/.exec(code)?.[1] ?? ''
    expect(script).not.toContain('<')
    expect(() => new Function(script)).not.toThrow()
    expect(script).toContain('e.origin!=="https://atlas.example.org"')
    expect(code).toContain('data-megawatt-atlas')
  })

  it('sets the height on the frame the message came from, from the app’s origin only', () => {
    const script = /<script>([\s\S]*)<\/script>$/.exec(responsiveEmbedCode(SRC, 'Chart'))?.[1] ?? ''
    const frame = { contentWindow: {}, style: { height: '480px' } }
    let listener: (e: unknown) => void = () => undefined
    new Function('addEventListener', 'document', script)(
      (_: string, l: (e: unknown) => void) => {
        listener = l
      },
      { querySelectorAll: () => [frame] },
    )
    const message = { type: 'megawatt-atlas:height', height: 912.4 }
    listener({ origin: 'https://elsewhere.example', source: frame.contentWindow, data: message })
    expect(frame.style.height).toBe('480px')
    listener({ origin: 'https://atlas.example.org', source: {}, data: message })
    expect(frame.style.height).toBe('480px')
    listener({ origin: 'https://atlas.example.org', source: frame.contentWindow, data: message })
    expect(frame.style.height).toBe('913px')
  })
})
