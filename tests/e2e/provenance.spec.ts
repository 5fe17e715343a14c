import { expect, test } from '@playwright/test';
import { buildCatalog } from '../../src/lib/catalog';
import { sourceUsage } from '../../src/lib/provenance';
import { loadContent } from '../../src/node/content-files';

const usage = new Map(sourceUsage(buildCatalog(loadContent())).map((u) => [u.source.id, u]));
const counted = (id: string) => {
  const u = usage.get(id);
  if (!u) throw new Error(`no source ${id}`);
  const left = u.leftOutRows > 0 ? `; ${u.leftOutRows} left out with a reason` : '';
  return `${u.rows} rows; this site cites ${u.citedRows} (agreeing with ${u.agreeingRows}, disputing ${u.disputingRows})${left}`;
};

test('/sources/ lists every source with edition, publisher, copy, coverage and rank', async ({ page }) => {
  await page.goto('/sources/');
  const items = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(items).toHaveCount(loadContent().sources.length);
  const login = items.filter({ has: page.getByRole('heading', { name: "Developer's Guide for DSM Login Web API" }) });
  await expect(login).toContainText('1 · Official guide');
  await expect(login).toContainText('Synology Inc.');
  await expect(login).toContainText('DSM 7.0 examples');
  await expect(login).toContainText('SynoCommunity/spksrc at commit ec46eba: docs/DSM_Login_Web_API_Guide_enu.pdf');
  await expect(items.last()).toContainText('99 · Circulating table');
});

test("/sources/ counts each source's table: rows, cited, agreeing, disputing, left out", async ({ page }) => {
  await page.goto('/sources/');
  const items = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  const py = items.filter({ has: page.getByRole('heading', { name: /^py-synologydsm-api/ }) });
  await expect(py).toContainText(counted('py-synologydsm-api'));
  const synoctrl = items.filter({ has: page.getByRole('heading', { name: /^SynoCtrl/ }) });
  await expect(synoctrl).toContainText(counted('synoctrl'));
  await synoctrl.getByRole('link', { name: "Every row of SynoCtrl's table" }).click();
  await expect(page).toHaveURL(/\/sources\/synoctrl\/$/);
  const slip = page.getByRole('row').filter({ hasText: 'Destination denied' }).filter({ hasText: 'SYNO.DownloadStation.Task' }).filter({ hasText: 'Left out' });
  await expect(slip).toContainText('repeats 402');
});

test('a code page links each citation to the row it rests on, and the row links back', async ({ page }) => {
  await page.goto('/filestation/408/');
  const sources = page.getByRole('region', { name: 'Sources' });
  await sources.getByRole('link', { name: 'File Station guide, File operation error codes (all File Station APIs), row 408' }).click();
  await expect(page).toHaveURL(/\/sources\/file-station-guide\/#file-station-guide-408-file-operation-error-codes-all-file-station-apis$/);
  const row = page.locator('#file-station-guide-408-file-operation-error-codes-all-file-station-apis');
  await expect(row).toBeInViewport();
  await expect(row).toContainText('No such file or directory');
  await row.getByRole('link', { name: 'FileStation 408' }).click();
  await expect(page).toHaveURL(/\/filestation\/408\/$/);
});

test('a page says what a library prints when it is wrong for the API, and records a rewritten table', async ({ page }) => {
  await page.goto('/auth/402/');
  await expect(page.getByRole('note', { name: 'Often misread' })).toContainText("synology-api (N4S4) prints “This shared folder doesn't exist.” for Auth 402.");
  await page.goto('/virtualization/904/');
  await expect(page.getByRole('note', { name: 'Where sources differ' })).toContainText("py-synologydsm-api labels Virtualization 904 as “Can't power off the guest, it is not running”");
  await page.goto('/common/119/');
  await expect(page.getByRole('region', { name: 'Sources' }).getByRole('listitem').filter({ hasText: 'py-synologydsm-api' })).toContainText('Logs in again once when a request returns 119');
});

test('/disagreements/ says what each source says and which meaning the site follows', async ({ page }) => {
  await page.goto('/disagreements/');
  const fs408 = page.locator('#filestation-408');
  await expect(fs408.getByRole('heading')).toHaveText('FileStation 408: No such file or directory');
  await expect(fs408.getByRole('row').filter({ hasText: 'Circulating tables' })).toContainText('Disk quota exceeded');
  await expect(fs408.getByRole('row').filter({ hasText: 'Circulating tables' })).toContainText('Disagrees');
  await expect(fs408.getByRole('link', { name: 'FileStation 415', exact: true })).toBeVisible();
  await expect(fs408).toContainText("This reference follows Synology's File Station guide");
  // A new family's dispute is there too, with the family that really has the meaning.
  const bt = page.locator('#downloadstation-btsearch-400');
  await expect(bt.getByRole('link', { name: 'DownloadStation 400', exact: true })).toBeVisible();
});

test('a disputed code page links to its entry on /disagreements/', async ({ page }) => {
  await page.goto('/auth/409/');
  await page.getByRole('link', { name: 'This code among all disagreements' }).click();
  await expect(page).toHaveURL(/\/disagreements\/#auth-409$/);
  await expect(page.locator('#auth-409')).toBeInViewport();
});

test('new family pages: uncertain codes are marked and explained, left-out codes are named', async ({ page }) => {
  const uncertain = loadContent().codes.filter((c) => c.data.namespace === 'surveillancestation' && c.data.status === 'uncertain').length;
  await page.goto('/surveillancestation/');
  await expect(page.getByRole('main')).toContainText(`${uncertain} of these codes are marked uncertain`);
  await expect(page.getByRole('main')).toContainText('Left out: 117');
  // 406 rests on SynoAI alone (no source stated); 553 on the Surveillance Station guide v3.10.
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '406', exact: true }) });
  await expect(row).toContainText('Uncertain');
  await page.goto('/surveillancestation/406/');
  await expect(page.getByRole('list', { name: 'About this code' })).toContainText('Uncertain');
  await page.goto('/surveillancestation/553/');
  await expect(page.getByRole('list', { name: 'About this code' })).not.toContainText('Uncertain');
  await expect(page.getByRole('main')).toContainText('Surveillance Station guide v3.10');
  await page.goto('/common/');
  await expect(page.getByRole('row').filter({ hasText: '121-149' })).toContainText('Reserved. The DSM Login guide reserves 120-149');
  await expect(page.getByRole('row').filter({ has: page.getByRole('link', { name: '120', exact: true }) })).toContainText('Invalid parameter');
});

test('the JSON export and its schema are served', async ({ request }) => {
  const codes = (await (await request.get('/codes.json')).json()) as { schemaVersion: number; codes: { namespace: string; code: number }[] };
  expect(codes.schemaVersion).toBe(1);
  expect(codes.codes.some((c) => c.namespace === 'virtualization' && c.code === 903)).toBe(true);
  const family = (await (await request.get('/downloadstation-btsearch.json')).json()) as { family: { id: string }; codes: unknown[] };
  expect(family.family.id).toBe('downloadstation-btsearch');
  expect(family.codes).toHaveLength(6);
  const schema = (await (await request.get('/codes.schema.json')).json()) as { $schema: string };
  expect(schema.$schema).toMatch(/json-schema\.org/);
});

test('the decoder knows a new family', async ({ page }) => {
  await page.goto('/decode/');
  await page.getByRole('textbox', { name: 'Paste what the NAS returned' }).fill('GET /webapi/entry.cgi?api=SYNO.DownloadStation2.BTSearch {"success":false,"error":{"code":403}}');
  await expect(page.getByRole('heading', { level: 3 })).toHaveText('BTSearch 403: Failed to get category');
});

// axe on /sources/, a source's page, /disagreements/ and the disputed pages runs in gates.spec.ts.

test("a Core code DSM 6.2.3's own table lacks says so; one it lists does not", async ({ page }) => {
  await page.goto('/core/9060/');
  await expect(page.getByRole('list', { name: 'About this code' })).toContainText("Not in DSM 6.2.3's own error table: new since then (DSM 7).");
  await page.goto('/core/3301/');
  await expect(page.getByRole('list', { name: 'About this code' })).not.toContainText('DSM 6.2.3');
});

test('/sources/ counts codes and families per kind of source', async ({ page }) => {
  await page.goto('/sources/');
  const table = page.getByRole('table', { name: 'What each kind of source covers' });
  for (const kind of ['Official guide', "Synology's own code", "DSM's own interface text", 'Observed on devices', 'Client library'])
    await expect(table.getByRole('rowheader', { name: kind, exact: true })).toBeVisible();
  await expect(page.locator('#dsm-623-webapierrorcode')).toContainText('No page cites it');
});

test('Synology Photos is a family with its own pages', async ({ page }) => {
  await page.goto('/synology-photos/');
  await expect(page.getByRole('link', { name: '620', exact: true })).toBeVisible();
  await page.goto('/synology-photos/803/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('803');
});
