import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { decoderData, type DecoderData } from '../../src/lib/decoder/data';
import { loadContent } from '../../src/node/content-files';
import { DecoderService, type Response } from '../../src/scripts/decoder-service';

const data = decoderData(buildCatalog(loadContent()));
const codes = (r: Response | undefined) => (r?.type === 'decoded' ? r.result.findings.map((f) => f.code) : r);

describe('the decode page\u2019s service', () => {
  it('loads its data once and answers every request in the order asked, the first ones included', async () => {
    let loads = 0;
    let release: (d: DecoderData) => void = () => undefined;
    const service = new DecoderService(() => {
      loads++;
      return new Promise<DecoderData>((r) => (release = r));
    });
    await service.handle({ type: 'init', url: '/decoder-data.json' });
    const answered: number[] = [];
    const first = service.handle({ type: 'decode', id: 1, text: '{"success":false,"error":{"code":119}}', api: '' }).then((r) => (answered.push(1), r));
    const second = service.handle({ type: 'decode', id: 2, text: '{"success":false,"error":{"code":106}}', api: '' }).then((r) => (answered.push(2), r));
    release(data);
    expect(codes(await first)).toEqual([119]);
    expect(codes(await second)).toEqual([106]);
    expect(answered).toEqual([1, 2]);
    expect(loads).toBe(1);
  });

  it('reports a data file that did not load as such, and loads it again for the next request', async () => {
    let loads = 0;
    const service = new DecoderService(() => (++loads === 1 ? Promise.reject(new Error('its data could not be downloaded (HTTP 503)')) : Promise.resolve(data)));
    await service.handle({ type: 'init', url: '/decoder-data.json' });
    expect(await service.handle({ type: 'decode', id: 1, text: '{"error":{"code":119}}', api: '' })).toEqual({ type: 'failed', id: 1, message: 'its data could not be downloaded (HTTP 503)', cause: 'data' });
    expect(codes(await service.handle({ type: 'decode', id: 2, text: '{"error":{"code":119}}', api: '' }))).toEqual([119]);
    expect(loads).toBe(2);
  });

  it('says so when it was never told where its data is', async () => {
    const service = new DecoderService(() => Promise.resolve(data));
    expect(await service.handle({ type: 'share', id: 3, text: 'x', api: '' })).toMatchObject({ type: 'failed', id: 3, cause: 'data' });
  });
});
