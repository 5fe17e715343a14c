/**
 * The decode page's module Worker: decodes and builds share previews off the main thread, so a
 * long paste or link never blocks typing. It makes no network request; it only answers the
 * page's messages.
 */
import { DecoderService, type Request, type Response } from './decoder-service';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<Request>) => void): void;
  postMessage(message: Response): void;
}

const scope = self as unknown as WorkerScope;
const service = new DecoderService();
scope.addEventListener('message', (event) => {
  const answer = service.handle(event.data);
  if (answer) scope.postMessage(answer);
});
