import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const box = (page: Page) => page.getByRole('textbox', { name: 'Paste what the NAS returned' });
const apiField = (page: Page) => page.getByRole('combobox', { name: /API called/ });
const results = (page: Page) => page.getByRole('region', { name: 'Results' });
const findings = (page: Page) => results(page).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });

test.beforeEach(async ({ page }) => {
  await page.goto('/decode/');
  await expect(page.getByRole('button', { name: 'Clear' })).toBeEnabled();
});

test('pasting a response shows each code with family, meaning, place and action', async ({ page }) => {
  await box(page).fill('api=SYNO.FileStation.CopyMove {"success":false,"error":{"code":1000,"errors":[{"code":416,"path":"/backup/big.iso"}]}}');
  await expect(findings(page)).toHaveCount(2);
  const inner = findings(page).nth(1);
  await expect(inner.getByRole('heading')).toHaveText('FileStation 416: No space left on device');
  await expect(inner).toContainText('Found at line 1, column 31, /error/errors/0/code · path: /backup/big.iso');
  await expect(inner).toContainText('What to do: Free space on the volume');
  await inner.getByRole('link', { name: 'FileStation 416: No space left on device' }).click();
  await expect(page).toHaveURL(/\/filestation\/416\/$/);
});

test('typing updates the results live', async ({ page }) => {
  await box(page).pressSequentially('{"success":false,"error":{"code":10', { delay: 5 });
  // Cut off inside its code: the page says so and shows no number (10 is not the code being typed).
  await expect(results(page)).toContainText('A DSM error response was cut off before its code');
  await expect(findings(page)).toHaveCount(0);
  await box(page).pressSequentially('6}}');
  await expect(findings(page)).toHaveCount(1);
  await expect(findings(page).first().getByRole('heading')).toHaveText('Common 106: Session timed out');
  await expect(results(page)).not.toContainText('cut off');
});

test('example buttons fill the box and decode', async ({ page }) => {
  await page.getByRole('button', { name: 'Python printout, login needing 2FA' }).click();
  await expect(box(page)).toHaveValue(/'code': 403/);
  await expect(findings(page).first().getByRole('heading')).toHaveText('Auth 403: Two-factor code required');
  await expect(results(page)).toContainText('Read as Python printout');
  await page.getByRole('button', { name: 'HTML instead of JSON' }).click();
  await expect(findings(page)).toHaveCount(0);
  await expect(results(page)).toContainText('This is an HTML page, not a DSM API response.');
});

test("a code read from a library's message: the family its words point to comes first, said to be likely, the others stay listed", async ({ page }) => {
  await box(page).fill('synology-api error: code 400 - No such account or incorrect password');
  const finding = findings(page).first();
  await expect(finding.getByRole('heading')).toHaveText('400: likely Auth 400: No such account or incorrect password');
  await expect(finding).toContainText("Read from a message's words.");
  await expect(finding.locator('.finding-reason')).toContainText('Likely Auth');
  await expect(finding.getByRole('list', { name: 'In other families' }).getByRole('listitem').filter({ hasText: 'In FileStation:' })).toBeVisible();
});

test('choosing the API resolves an ambiguous code; without it each meaning is shown', async ({ page }) => {
  await box(page).fill('{"success":false,"error":{"code":408}}');
  const finding = findings(page).first();
  await expect(finding.getByRole('heading')).toHaveText('408: depends on the API');
  const inFamily = (family: string) => finding.getByRole('listitem').filter({ hasText: `In ${family}:` });
  await expect(inFamily('Auth').getByRole('link')).toHaveText('Password expired and cannot be changed');
  await expect(inFamily('FileStation').getByRole('link')).toHaveText('No such file or directory');
  await expect(inFamily('DownloadStation').getByRole('link')).toHaveText('File does not exist');
  await expect(inFamily('Calendar').getByRole('link')).toHaveText('No such file or directory');
  await expect(finding.getByRole('link', { name: 'Compare 408 across families' })).toBeVisible();
  await apiField(page).fill('SYNO.API.Auth');
  await expect(finding.getByRole('heading')).toHaveText('Auth 408: Password expired and cannot be changed');
});

test('the API field suggests the known API names', async ({ page }) => {
  const options = page.locator('#decode-api-names option');
  const values = await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(values).toEqual(expect.arrayContaining(['SYNO.API.Auth', 'SYNO.FileStation.CopyMove', 'SYNO.DownloadStation.Task']));
});

test('broken input shows what decoded and where it broke', async ({ page }) => {
  await page.getByRole('button', { name: 'Cut-off log line' }).click();
  await expect(findings(page).first().getByRole('heading')).toHaveText('Common 119: Invalid session');
  await expect(results(page)).toContainText('The JSON is cut off: the text ends at line 1, column');
});

test('a share link carries what the decoder used, secrets removed, shown before copying, and opens to the same result', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const paste = 'GET /webapi/auth.cgi?api=SYNO.API.Auth&account=bob&passwd=hunter2&otp_code=654321\n{"success":false,"error":{"code":404}}';
  await box(page).fill(paste);
  await expect(page.getByRole('status')).toContainText('This paste contains secrets (passwd, otp_code)');
  await page.getByRole('button', { name: 'Share link…' }).click();
  const preview = page.getByRole('region', { name: 'What the share link carries' });
  await expect(preview.getByLabel('Text the link carries')).toHaveText('api=SYNO.API.Auth\n{"success":false,"error":{"code":404}}');
  await expect(preview).toContainText('1 response, 1 API name; 1 other line of the paste is left out.');
  const link = await preview.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#input=');
  expect(link).not.toContain('hunter2');
  expect(link).not.toContain('654321');
  await preview.getByRole('button', { name: 'Copy link' }).click();
  await expect(preview).toContainText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const other = await context.newPage();
  await other.goto(link);
  await expect(box(other)).toHaveValue('api=SYNO.API.Auth\n{"success":false,"error":{"code":404}}');
  await expect(findings(other).first().getByRole('heading')).toHaveText('Auth 404: Two-factor code rejected');
  await expect(other.getByRole('status')).toBeHidden();
});

test('clear empties the box, the results and the fragment', async ({ page }) => {
  await page.getByRole('button', { name: 'A bare 408, API unknown' }).click();
  await expect(findings(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(box(page)).toHaveValue('');
  await expect(findings(page)).toHaveCount(0);
  await expect(results(page)).toContainText('Paste a response above, or try an example.');
  await expect(box(page)).toBeFocused();
});

test('no network request carries the pasted text', async ({ page }) => {
  const marker = 'zq7marker';
  const seen: { method: string; url: URL; body: string | null }[] = [];
  page.on('request', (r) => seen.push({ method: r.method(), url: new URL(r.url()), body: r.postData() }));
  await box(page).fill(`{"success":false,"error":{"code":119}} passwd=${marker} sid=${marker}`);
  await expect(findings(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Share link…' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.waitForTimeout(500);
  expect(seen.filter((r) => `${r.url.href} ${r.body ?? ''}`.includes(marker))).toEqual([]);
  // Whatever the browser still fetches (a favicon) is a plain GET of a file on this site.
  for (const r of seen) {
    expect(r.method).toBe('GET');
    expect(r.url.origin).toBe(new URL(page.url()).origin);
    expect(r.url.search).toBe('');
    expect(r.body).toBeNull();
  }
});

test('pasted markup is shown as text and never runs', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.evaluate(() => {
    (window as unknown as { pwned: number }).pwned = 0;
  });
  const payload = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
  await box(page).fill(`{"success":false,"error":{"code":1805,"errors":[{"code":414,"path":"${payload.replace(/"/g, '\\"')}"}]}}`);
  await expect(findings(page)).toHaveCount(2);
  await expect(findings(page).nth(1)).toContainText('path: <img src=x onerror="window.pwned=1"><script>window.pwned=2</script>');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
  await expect(results(page).locator('img, script')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('every page links to the decoder', async ({ page }) => {
  await page.goto('/filestation/408/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decoder' }).click();
  await expect(page).toHaveURL(/\/decode\/$/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe with results shown (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('button', { name: 'A bare 408, API unknown' }).click();
    await box(page).fill('{"success":false,"error":{"code":408}} passwd=x');
    await expect(findings(page)).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
}

test.describe('the decoder\u2019s data', () => {
  test('is not in the page: it is downloaded once, with the first paste', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/decode/', { waitUntil: 'networkidle' });
    expect(requests).not.toContain('/decoder-data.json');
    await box(page).fill('{"success":false,"error":{"code":119}}');
    await expect(findings(page).first().getByRole('heading')).toHaveText('Common 119: Invalid session');
    await box(page).fill('{"success":false,"error":{"code":106}}');
    await expect(findings(page).first().getByRole('heading')).toHaveText('Common 106: Session timed out');
    expect(requests.filter((p) => p === '/decoder-data.json')).toHaveLength(1);
  });

  test('when it cannot be downloaded, the page says so, keeps the text, and tries again on the next edit', async ({ page, context }) => {
    await context.route('**/decoder-data.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto('/decode/');
    await expect(page.getByRole('button', { name: 'Clear' })).toBeEnabled();
    await box(page).fill('{"success":false,"error":{"code":119}}');
    await expect(results(page)).toContainText('The decoder could not start: its data could not be downloaded (HTTP 503).');
    await expect(box(page)).toHaveValue('{"success":false,"error":{"code":119}}');
    await context.unroute('**/decoder-data.json');
    await box(page).press('End');
    await box(page).press('Space');
    await expect(findings(page).first().getByRole('heading')).toHaveText('Common 119: Invalid session');
  });
});
