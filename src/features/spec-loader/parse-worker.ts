/// <reference lib="webworker" />
import { answerParseRequests } from './answer-parse-request'
import type { WorkerRequest } from './load-with-worker'

/**
 * Decoding and parsing a large description (YAML especially) takes long
 * enough to freeze the page, so it happens here, off the main thread, and
 * so does taking it apart for the index.
 */
const answer = answerParseRequests((reply) => self.postMessage(reply))
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void answer(event.data)
}
