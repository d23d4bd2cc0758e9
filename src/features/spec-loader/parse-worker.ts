/// <reference lib="webworker" />
import { serveParseRequests } from './parse-worker-server'
import type { WorkerRequest } from './parse-worker-client'

/**
 * Decoding and parsing a large description (YAML especially) takes long
 * enough to freeze the page, so it happens here, off the main thread, and
 * so does taking it apart for the index.
 */
const answer = serveParseRequests((reply) => self.postMessage(reply))
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void answer(event.data)
}
