/** Realistic pastes, shown as example buttons on the decode page and decoded in the tests. */
export interface Example {
  id: string;
  label: string;
  api?: string;
  text: string;
}

export const examples: readonly Example[] = [
  {
    id: 'delete',
    label: 'FileStation delete, per-file errors',
    text: `POST /webapi/entry.cgi?api=SYNO.FileStation.Delete&version=2&method=start HTTP/1.1
{"success": false, "error": {"code": 900, "errors": [{"code": 408, "path": "/video/old.mkv"}, {"code": 407, "path": "/homes/alice/locked.txt"}]}}`,
  },
  {
    id: 'python',
    label: 'Python printout, login needing 2FA',
    text: `DEBUG synology_dsm: login failed: {'success': False, 'error': {'code': 403, 'errors': {'types': [{'type': 'otp'}], 'token': u'5lSEEZeosDJ'}}} (api=SYNO.API.Auth)`,
  },
  {
    id: 'message',
    label: "A tool's message, the code in words",
    text: `2026-11-20 03:00:12 ERROR cert-push: failed push to Synology: login: invoke api: response: API error code: 407`,
  },
  {
    id: 'escaped',
    label: 'Storage driver log, body escaped in a string',
    text: `time="2026-11-20T03:00:12Z" level=info msg="SYNOLOGY HTTP REQUEST: {\\"params\\":{\\"api\\":\\"SYNO.Core.ISCSI.LUN\\",\\"method\\":\\"create\\"}}"
time="2026-11-20T03:00:12Z" level=info msg="SYNOLOGY HTTP BODY: {\\"error\\":{\\"code\\":18990531},\\"success\\":false}"`,
  },
  {
    id: 'ambiguous',
    label: 'A bare 408, API unknown',
    text: `{"error":{"code":408},"success":false}`,
  },
  {
    id: 'truncated',
    label: 'Cut-off log line',
    text: `2026-11-20 03:00:12 backup.sh: request failed: {"success":false,"error":{"code":119,"errors":[`,
  },
  {
    id: 'html',
    label: 'HTML instead of JSON',
    text: `HTTP/1.1 200 OK
Content-Type: text/html

<!DOCTYPE html><html><head><title>Synology DiskStation</title></head><body>...</body></html>`,
  },
];
