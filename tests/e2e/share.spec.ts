/**
 * The decoder under hostile and careless input: secrets in many forms never reach a share link,
 * a huge link or paste never freezes the page, findings come a page at a time, and the Worker
 * runs under the Content-Security-Policy.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const box = (page: Page) => page.getByRole('textbox', { name: 'Paste what the NAS returned' });
const apiField = (page: Page) => page.getByRole('combobox', { name: /API called/ });
const results = (page: Page) => page.getByRole('region', { name: 'Results' });
const findings = (page: Page) => results(page).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
const preview = (page: Page) => page.getByRole('region', { name: 'What the share link carries' });

async function ready(page: Page, path = '/decode/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('button', { name: 'Clear' })).toBeEnabled();
}

/** The link's fragment as the page will read it. */
function carried(link: string): { input: string; api: string } {
  const params = new URLSearchParams(new URL(link).hash.slice(1));
  return { input: params.get('input') ?? '', api: params.get('api') ?? '' };
}

const secrets = ['Hunter2 !#$<>x', 'SESS1d0n0tshare', 'SSID9x8y7', 'T0k3n+/=abc', 'OTP246810', 'DEV1C3id', 'envPa55word!', 'B3arerT0ken.xyz', 'cUrlPw99', 'urlPw77', 'apiFieldPw55'];

test('secrets pasted in many forms are not in the link, and the preview shows exactly what it carries', async ({ page }) => {
  await ready(page);
  const paste = [
    `curl 'https://nas:5001/webapi/entry.cgi' -H 'Cookie: id=${secrets[1]}; _SSID=${secrets[2]}' -b 'id=${secrets[1]}' -H 'X-SYNO-TOKEN: ${secrets[3]}' -u 'admin:${secrets[8]}' --data-raw 'api=SYNO.API.Auth&method=login&account=admin&passwd=${encodeURIComponent(secrets[0] ?? '')}&otp_code=${secrets[4]}'`,
    `DEBUG params: {'api': 'SYNO.API.Auth', 'passwd': u'${secrets[0]}', 'device_id': b'${secrets[5]}'}`,
    `export SYNO_PASSWORD="${secrets[6]}"`,
    `Authorization: Bearer ${secrets[7]}`,
    `fetching https://admin:${secrets[9]}@nas.local:5001/webapi/auth.cgi`,
    `RESPONSE: {'success': False, 'error': {'code': 403, 'errors': {'token': u'${secrets[3]}', 'types': [{'type': 'otp'}]}}, 'sid': '${secrets[1]}'}`,
  ].join('\n');
  await box(page).fill(paste);
  await apiField(page).fill(`SYNO.API.Auth passwd=${secrets[10]}`);
  await expect(findings(page).first().getByRole('heading')).toHaveText('Auth 403: Two-factor code required');
  await expect(page.getByRole('status')).toContainText('This paste contains secrets');
  await expect(page.getByRole('status')).not.toContainText('removes');

  await page.getByRole('button', { name: 'Share link…' }).click();
  const shown = preview(page).getByLabel('Text the link carries');
  await expect(shown).toContainText('\u00abremoved: token\u00bb');
  const link = await preview(page).getByRole('textbox', { name: 'Share link' }).inputValue();
  const { input, api } = carried(link);
  for (const s of secrets) {
    expect(link).not.toContain(s);
    expect(link).not.toContain(encodeURIComponent(s));
    expect(input).not.toContain(s);
    expect(api).not.toContain(s);
  }
  expect(api).toBe('SYNO.API.Auth');
  await expect(shown).toHaveText(input);
  await expect(preview(page)).toContainText('API field: SYNO.API.Auth');
  await expect(preview(page)).toContainText('Only the API name SYNO.API.Auth is carried from the API field.');

  // The link opens to the same code.
  await ready(page, `/decode/${new URL(link).hash}`);
  await expect(findings(page).first().getByRole('heading')).toHaveText('Auth 403: Two-factor code required');
  await expect(box(page)).toHaveValue(input);
});

test('changing the paste closes a preview that no longer matches it', async ({ page }) => {
  await ready(page);
  await box(page).fill('{"success":false,"error":{"code":119}}');
  await page.getByRole('button', { name: 'Share link…' }).click();
  await expect(preview(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share link…' })).toHaveAttribute('aria-expanded', 'true');
  await box(page).press('End');
  await box(page).press('Space');
  await expect(preview(page)).toBeHidden();
});

test('a link over the size limit is refused with a message', async ({ page }) => {
  await ready(page);
  const many = Array.from({ length: 900 }, (_, i) => `{"success":false,"error":{"code":1002,"errors":[{"code":408,"path":"/video/folder-${i}/a file with a long name.mkv"}]}}`).join('\n');
  await box(page).fill(many);
  await expect(results(page).getByText(/codes found/)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Share link…' }).click();
  await expect(preview(page)).toContainText(/No link: it would be \d+ kB, over the 16 kB a share link may carry\./);
  await expect(preview(page).getByRole('textbox', { name: 'Share link' })).toBeHidden();
});

test('a 150 kB link is refused at once and the page answers typing', async ({ page }) => {
  const fragment = `#input=${encodeURIComponent('{'.repeat(150_000))}`.slice(0, 150_000);
  await ready(page, `/decode/${fragment}`);
  await expect(page.getByRole('alert')).toContainText('This link was not opened: it carries 147 kB, over the 16 kB a share link may hold');
  // The page answers: the box takes typing within a second (a busy page would time the action
  // out), and the result follows.
  await box(page).fill('{"success":false,"error":{"code":106}}', { timeout: 1000 });
  await box(page).press('End', { timeout: 1000 });
  await expect(box(page)).toHaveValue('{"success":false,"error":{"code":106}}', { timeout: 1000 });
  await expect(findings(page).first().getByRole('heading')).toHaveText('Common 106: Session timed out');
});

test('a huge paste does not hold up the next one', async ({ page }) => {
  await ready(page);
  // A long run of letters and brackets: slow to decode; the page must not wait for it.
  await box(page).fill(`${'a'.repeat(400_000)} ${'{'.repeat(100_000)}]`);
  await page.waitForTimeout(400);
  await box(page).fill('{"success":false,"error":{"code":119}}');
  // Decoding the first text would take minutes; the second answers because the first was stopped.
  await expect(findings(page).first().getByRole('heading')).toHaveText('Common 119: Invalid session');
});

test('many findings come a page at a time', async ({ page }) => {
  await ready(page);
  const items = Array.from({ length: 130 }, (_, i) => `{"code":408,"path":"/video/${i}.mkv"}`).join(',');
  await box(page).fill(`{"success":false,"error":{"code":1002,"errors":[${items}]}}`);
  await apiField(page).fill('SYNO.FileStation.CopyMove');
  await expect(results(page).getByText('131 codes found.')).toBeVisible();
  await expect(findings(page)).toHaveCount(50);
  await page.getByRole('button', { name: 'Show 50 more (81 not shown)' }).click();
  await expect(findings(page)).toHaveCount(100);
  await expect(findings(page).nth(50).getByRole('heading')).toBeFocused();
  await page.getByRole('button', { name: 'Show 31 more (31 not shown)' }).click();
  await expect(findings(page)).toHaveCount(131);
  await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);
});

test('markup in a share fragment and the API field is shown as text and never runs', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    (window as unknown as { pwned: number }).pwned = 0;
  });
  const input = '{"success":false,"error":{"code":1805,"errors":[{"code":414,"path":"<img src=x onerror=\\"window.pwned=1\\"><script>window.pwned=2</script>"}]}}';
  const params = new URLSearchParams({ input, api: '<img src=x onerror="window.pwned=3">SYNO.FileStation.Upload' });
  await ready(page, `/decode/#${params.toString()}`);
  await expect(findings(page)).toHaveCount(2);
  await expect(findings(page).nth(1)).toContainText('path: <img src=x onerror="window.pwned=1"><script>window.pwned=2</script>');
  await expect(apiField(page)).toHaveValue('SYNO.FileStation.Upload');
  await page.getByRole('button', { name: 'Share link…' }).click();
  await expect(preview(page).getByLabel('Text the link carries')).toContainText('<script>window.pwned=2</script>');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
  await expect(page.locator('dsm-decoder').locator('img, script:not([type="application/json"])')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the decoding Worker runs under the Content-Security-Policy, with no violation', async ({ page }) => {
  const problems: string[] = [];
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { cspViolations?: string[] };
      (w.cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await ready(page);
  await page.getByRole('button', { name: 'FileStation delete, per-file errors' }).click();
  await expect(findings(page).first()).toContainText('FileStation 900');
  await page.getByRole('button', { name: 'Share link…' }).click();
  await expect(preview(page).getByRole('textbox', { name: 'Share link' })).toBeVisible();
  expect(workers.some((u) => /\/_astro\/decoder-worker[^/]*\.js$/.test(new URL(u).pathname))).toBe(true);
  expect([...problems, ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []))]).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe with the share preview open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await ready(page);
    await page.getByRole('button', { name: 'Python printout, login needing 2FA' }).click();
    await expect(findings(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Share link…' }).click();
    await expect(preview(page).getByLabel('Text the link carries')).toContainText('\u00abremoved: token\u00bb');
    await expectNoAxeViolations(page);
  });
}
