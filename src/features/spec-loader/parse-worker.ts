/// <reference lib="webworker" />
import { answerParseRequest } from './answer-parse-request'
import type { WorkerRequest } from './load-with-worker'

/**
 * Decoding and parsing a large description (YAML especially) takes long
 * enough to freeze the page, so it happens here, off the main thread, and
 * so does taking it apart for the index.
 */
self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  self.postMessage(await answerParseRequest(event.data))
}
