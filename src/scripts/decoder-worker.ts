/**
 * The decode page's module Worker: decodes and builds share previews off the main thread, so a
 * long paste or link never blocks typing. Its one network request is the decoder's data file
 * (decoder-data.json, from this site); pasted text only travels between the page and this Worker.
 */
import { DecoderService, type Request, type Response } from './decoder-service';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<Request>) => void): void;
  postMessage(message: Response): void;
}

const scope = self as unknown as WorkerScope;
const service = new DecoderService();
scope.addEventListener('message', (event) => {
  void service.handle(event.data).then((answer) => {
    if (answer) scope.postMessage(answer);
  });
});
