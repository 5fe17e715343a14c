import { buildCatalog } from '/work/main/src/lib/catalog';
import { loadContent } from '/work/main/src/node/content-files';
import { decoderData } from '/work/main/src/lib/decoder/data';
import { decode } from '/work/main/src/lib/decoder/decode';
import { redactSecrets, findSecrets } from '/work/main/src/lib/decoder/redact';
const data = decoderData(buildCatalog(loadContent()));
const cases = [
 `{"success":false,"error":{"code":408}}`,
 `GET /webapi/entry.cgi?api=SYNO.FileStation.Delete&method=start\n{"success":false,"error":{"code":900,"errors":[{"code":408,"path":"/video/a.mkv"}]}}`,
 `{'success': False, 'error': {'code': 119}}`,
 `{"success":false,"error":101}`,
 `{"success":false,"error":{"code":119`,
 `<html><body>hi 408</body></html>`,
 `resp='{"success":false,"error":{"code":403,"errors":{"token":"abc","types":[{"type":"otp"}]}}}' api=SYNO.API.Auth`,
 `{"success":true,"data":{"result":[{"api":"SYNO.API.Auth","success":false,"error":{"code":400}},{"api":"SYNO.FileStation.List","success":false,"error":{"code":408}}]}}`,
 `{"success":false,"error":{"code":119}}}`,
];
for (const c of cases) console.log(JSON.stringify(decode(c, data)), '\n');
const s = `GET /webapi/auth.cgi?api=SYNO.API.Auth&account=bob&passwd=hunter2&otp_code=123456 {"data":{"sid":"abc123","did":"xyz"}} Cookie: id=abc; did=zz\n"SynoToken": "tok"`;
console.log(findSecrets(s), redactSecrets(s));
