/**
 * The real build, fed deliberately broken content: it must fail, and its output must name the
 * file and the field to fix. Each case is a small fixture folder, so each build takes seconds.
 */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';
import { validFiles, writeFixture } from '../helpers/fixture';

const code400 = validFiles['codes/demo/400.md'] ?? '';

const build = (changes: Record<string, string | null>) => buildSite(writeFixture(changes));

describe('astro build on broken content', () => {
  it('builds the valid fixture', async () => {
    const { ok, output } = await build({});
    expect(output).toContain('page(s) built');
    expect(ok).toBe(true);
  });

  it('fails on a missing required field, naming the file and the field', async () => {
    const { ok, output } = await build({ 'codes/demo/400.md': code400.replace('title: Something failed\n', '') });
    expect(ok).toBe(false);
    expect(output).toMatch(/codes → demo\/400 data does not match collection schema/);
    expect(output).toMatch(/title: title is required/);
    expect(output).toMatch(/codes\/demo\/400\.md/);
  });

  it('fails on two entries for one code', async () => {
    const { ok, output } = await build({ 'codes/demo/400-again.md': code400 });
    expect(ok).toBe(false);
    expect(output).toMatch(/codes\/demo\/400(-again)?\.md › code: demo 400 is already defined in /);
  });

  it('fails on an unknown family and an unknown source, reporting both', async () => {
    const { ok, output } = await build({
      'codes/demo/400.md': code400.replace('namespace: demo', 'namespace: demos').replace('source: guide', 'source: guidee'),
    });
    expect(ok).toBe(false);
    expect(output).toMatch(/codes\/demo\/400\.md › namespace: unknown family "demos"/);
    expect(output).toMatch(/codes\/demo\/400\.md › sources\[0\]\.source: unknown source "guidee"/);
  });

  it("fails on a code outside its family's range", async () => {
    const { ok, output } = await build({ 'codes/demo/400.md': code400.replace('code: 400', 'code: 1400') });
    expect(ok).toBe(false);
    expect(output).toMatch(/codes\/demo\/400\.md › code: 1400 is outside the ranges of family "demo" \(400-499\)/);
  });

  it('fails on a citation its source does not back, and on a malformed source table', async () => {
    const says = await build({ 'codes/demo/400.md': code400.replace('says: Something failed', 'says: Something broke') });
    expect(says.ok).toBe(false);
    expect(says.output).toMatch(/codes\/demo\/400\.md › sources\[0\]\.says: “Something broke” is not how guide words 400: content\/tables\/guide\.tsv says “Something failed”/);
    const table = await build({ 'tables/guide.tsv': (validFiles['tables/guide.tsv'] ?? '').replace('400\tall\t', '400\t') });
    expect(table.ok).toBe(false);
    expect(table.output).toMatch(/content\/tables\/guide\.tsv › line 2: expected 5 tab-separated cells/);
  });
});
