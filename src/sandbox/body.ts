import { SandboxError } from './errors.ts'

// Reads a JSON body with a hard size cap. The cap is checked while reading,
// not only against Content-Length, so a chunked upload cannot get past it.

function tooLarge(maxBytes: number): SandboxError {
  return new SandboxError(
    'PayloadTooLarge',
    `The request body is larger than the sandbox accepts (${maxBytes} bytes).`,
  )
}

const LENGTH_REQUIRED =
  'This operation needs a JSON request body, and none was sent. Send {} if you have nothing to change.'

const decoder = new TextDecoder()

export async function readJsonBody(
  request: Request,
  maxBytes: number,
): Promise<unknown> {
  const declared = request.headers.get('content-length')
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes)
  // With a declared length, HTTP delivers at most that many bytes, so the
  // body is read in one go (@hono/node-server then reads the socket
  // directly instead of building a web stream). A body without one is
  // counted as it arrives.
  const bytes =
    declared === null
      ? await readCapped(request, maxBytes)
      : new Uint8Array(await request.arrayBuffer())
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes)
  if (bytes.byteLength === 0) {
    throw new SandboxError('LengthRequired', LENGTH_REQUIRED)
  }

  const text = decoder.decode(bytes)
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    const reason = error instanceof SyntaxError ? ` (${error.message})` : ''
    throw new SandboxError(
      'BadRequest',
      `The request body is not valid JSON${reason}. Check quotes, commas and braces.`,
    )
  }
}

async function readCapped(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array> {
  if (!request.body) throw new SandboxError('LengthRequired', LENGTH_REQUIRED)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}
