/**
 * Finds where invalid JSON goes wrong. Browsers' JSON.parse messages no
 * longer name a position, and in a 3 MB file a person needs a line and column.
 * Iterative, so thousands of nesting levels cannot overflow the stack.
 */
export function findJsonErrorPosition(text: string): number | null {
  let i = 0
  const stack: Array<'{' | '['> = []
  // What the scanner may see next.
  let expect:
    'value' | 'key-or-end' | 'key' | 'colon' | 'comma-or-end' | 'value-or-end' =
    'value'
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const literal = (word: string) => {
    if (text.startsWith(word, i)) {
      i += word.length
      return true
    }
    return false
  }
  const string = () => {
    i++ // opening quote
    while (i < text.length) {
      const c = text[i]!
      if (c === '"') {
        i++
        return true
      }
      if (c === '\\') {
        const next = text[i + 1]
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false
          i += 6
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2
        else return false
      } else if (c < ' ') return false
      else i++
    }
    return false
  }
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(
      text.slice(i, i + 400),
    )
    if (!match) return false
    i += match[0].length
    return true
  }
  // After a complete top-level value only white space may follow.
  const end = () => {
    ws()
    return i < text.length ? i : null
  }

  for (;;) {
    ws()
    // Empty input, or input that ends inside an array or object, is cut short.
    if (i >= text.length) return i
    const c = text[i]!
    if (expect === 'colon') {
      if (c !== ':') return i
      i++
      expect = 'value'
      continue
    }
    if (expect === 'comma-or-end') {
      const open = stack[stack.length - 1]
      if (c === ',') {
        i++
        expect = open === '{' ? 'key' : 'value'
      } else if ((c === '}' && open === '{') || (c === ']' && open === '[')) {
        i++
        stack.pop()
        if (!stack.length) return end()
      } else return i
      continue
    }
    if (expect === 'key' || expect === 'key-or-end') {
      if (c === '}' && expect === 'key-or-end') {
        i++
        stack.pop()
        if (!stack.length) return end()
        expect = 'comma-or-end'
        continue
      }
      if (c !== '"' || !string()) return i
      expect = 'colon'
      continue
    }
    // A value (or, right after '[', the end of the array).
    if (c === ']' && expect === 'value-or-end') {
      i++
      stack.pop()
      if (!stack.length) return end()
      expect = 'comma-or-end'
      continue
    }
    const start = i
    if (c === '{') {
      i++
      stack.push('{')
      expect = 'key-or-end'
      continue
    }
    if (c === '[') {
      i++
      stack.push('[')
      expect = 'value-or-end'
      continue
    }
    const ok =
      c === '"'
        ? string()
        : c === '-' || (c >= '0' && c <= '9')
          ? number()
          : literal('true') || literal('false') || literal('null')
    if (!ok) return start
    if (!stack.length) return end()
    expect = 'comma-or-end'
  }
}

export function lineAndColumn(
  text: string,
  position: number,
): { line: number; column: number } {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  return { line, column: position - before.lastIndexOf('\n') }
}
