/**
 * HTTP statuses that a NAS's web server (nginx in DSM 6 and 7), or something in front of it,
 * answers with instead of a DSM response; and how client libraries pass them on. Our own words;
 * the libraries' behaviour is read from their code (the links), and the libraries that have pages
 * of their own link there.
 */

export interface HttpStatusInfo {
  status: number;
  /** The reason phrase. */
  name: string;
  /** Our own words: what makes the web server answer this instead of DSM. */
  when: string;
  /** Our own words: what to do. */
  todo: string;
}

export const httpStatuses: readonly HttpStatusInfo[] = [
  {
    status: 400,
    name: 'Bad Request',
    when: 'A plain http:// request reached the HTTPS port (5001 by default). nginx answers with a page saying the plain HTTP request was sent to the HTTPS port.',
    todo: 'Use https:// with port 5001, or http:// with port 5000; check the port your script or app is set to.',
  },
  {
    status: 401,
    name: 'Unauthorized',
    when: 'Something in front of DSM asks for its own sign-in: HTTP basic authentication on a reverse proxy or a router. DSM itself answers a bad password with JSON (code 400 of SYNO.API.Auth), not with HTTP 401.',
    todo: 'Give the proxy its credentials, or call DSM directly (its own address and port) to see whether DSM or the proxy refuses you.',
  },
  {
    status: 403,
    name: 'Forbidden',
    when: "A reverse proxy, a web application firewall or the router refuses the request (a blocked path, an allow-list of addresses, a country block). DSM's own permission errors are JSON codes (105, or 403 of an API), which arrive with HTTP 200.",
    todo: "Check the proxy's or firewall's rules for /webapi/; try the NAS's own address from the local network to confirm DSM is not involved.",
  },
  {
    status: 404,
    name: 'Not Found',
    when: "The path or the port is wrong: /webapi/ is missing from the URL, a CGI path is misspelled, the request reached another web server on that port (a package's own web service, Web Station), or a reverse proxy does not forward /webapi/.",
    todo: 'Call https://<nas>:5001/webapi/query.cgi?api=SYNO.API.Info&version=1&method=query&query=all in a browser: JSON there means the path your program uses is wrong; a 404 there means the port or the proxy is.',
  },
  {
    status: 429,
    name: 'Too Many Requests',
    when: 'A reverse proxy or a cloud gateway in front of the NAS limits the request rate. DSM does not use this status for its API.',
    todo: "Slow down the requests, or raise the proxy's limit for /webapi/.",
  },
  {
    status: 500,
    name: 'Internal Server Error',
    when: "The web server or a CGI program behind it failed before it could write a JSON answer (a crash while handling the request). Rare; DSM's own failures are normally JSON codes.",
    todo: 'Retry once; if it repeats for one API, look in Log Center and /var/log/messages at that time, and update DSM.',
  },
  {
    status: 502,
    name: 'Bad Gateway',
    when: "nginx could not reach the process that runs the Web API (synoscgi): it is restarting, crashed, or DSM is still starting after an update or reboot. Also what a reverse proxy answers when the NAS itself is down. It is not Surveillance Station's 502 (a JSON code) and not a DSM code at all.",
    todo: "Wait a minute and retry; if it lasts, sign in to DSM in a browser (the same error there means DSM's web services are down: restart the NAS), and check the proxy's target address and port.",
  },
  {
    status: 503,
    name: 'Service Unavailable',
    when: 'The web service is up but refuses work for now: DSM is updating, a package it forwards to is stopped, or a proxy marks the NAS as down.',
    todo: 'Wait for the update or start to finish, start the package the API belongs to, then retry.',
  },
  {
    status: 504,
    name: 'Gateway Timeout',
    when: 'nginx (or a proxy) waited too long for the Web API process: a slow call (a big folder listing, a search, a busy disk) or a process that hangs.',
    todo: "Retry with a smaller request (fewer files, a page of results), check the NAS's load in Resource Monitor, and raise the proxy's timeout if one sits in front.",
  },
];

/** How one library passes HTTP statuses on, as a sentence, with where it does it. */
export interface HttpLibraryNote {
  /** The library's name as users know it. */
  name: string;
  /** Our own words: what you see. */
  text: string;
  /** Its source slug, when the library is a source of this site (its page links there). */
  library?: string;
  /** The library's number that stands for HTTP failures, when it has a page. */
  code?: number;
  /** Where in the library's code (repository at commit). */
  url: string;
}

export const httpLibraryNotes: readonly HttpLibraryNote[] = [
  {
    name: 'py-synologydsm-api (Home Assistant)',
    text: 'Every HTTP error status becomes code -1, the same number as "not logged in"; the status number is lost and only its reason phrase ("Bad Gateway") is in details.',
    library: 'py-synologydsm-api',
    code: -1,
    url: 'https://github.com/mib1185/py-synologydsm-api/blob/7dee928/src/synology_dsm/synology_dsm.py#L464',
  },
  {
    name: 'python-synology',
    text: 'The same as its successor: code -1 with "RequestException = <reason>".',
    library: 'python-synology',
    code: -1,
    url: 'https://github.com/ProtoThis/python-synology/blob/645b818/src/synology_dsm/synology_dsm.py#L318-L321',
  },
  {
    name: 'synology-drive-api',
    text: 'An HTTP error whose body is not DSM JSON becomes code -1; printing the exception shows the raw page.',
    library: 'synology-drive-api',
    code: -1,
    url: 'https://github.com/zbjdonald/synology-drive-api/blob/e822dcc/synology_drive_api/base.py#L96-L112',
  },
  {
    name: 'syno (kwent, npm)',
    text: 'The HTTP status goes into the same code property as DSM codes ("HTTP status code: 502", code 502), so it looks like a DSM code.',
    library: 'kwent-syno',
    url: 'https://github.com/kwent/syno/blob/80ca8ea/src/lib/API.ts#L37-L38',
  },
  {
    name: 'synology-mcp-server (vocweb)',
    text: 'HTTP 401 lands in synoCode, the field meant for DSM codes, where DSM 401 would mean a disabled account; 5xx become a retryable NetworkError.',
    library: 'vocweb-synology-mcp-server',
    url: 'https://github.com/vocweb/synology-mcp-server/blob/e219290/src/clients/base-client.ts#L168-L174',
  },
  {
    name: 'synology-api (N4S4)',
    text: 'An HTTP error becomes HTTPError with no number: the status is only in the message ("502 Server Error: Bad Gateway for url ..."). A non-JSON page with status 200 is swallowed and counted as success (code 0).',
    library: 'synology-api',
    code: 0,
    url: 'https://github.com/N4S4/synology-api/blob/50b4343/synology_api/auth.py#L982-L988',
  },
  {
    name: 'go-synology (Terraform provider)',
    text: 'Never checks the status: an HTML error page is decoded as JSON and fails with "unable to decode response".',
    library: 'go-synology',
    url: 'https://github.com/synology-community/go-synology/blob/e8de328/pkg/api/client.go#L625-L636',
  },
  {
    name: 'Synology.Api.Client (.NET)',
    text: 'Throws UnexpectedResponseStatusException naming the status by its .NET name ("BadGateway"), not its number.',
    library: 'synology-api-client-dotnet',
    url: 'https://github.com/plneto/Synology.Api.Client/blob/ac6436d/src/Synology.Api.Client/SynologyHttpClient.cs#L106-L107',
  },
  {
    name: 'synology-srm (Router Manager)',
    text: 'Prints "The server answered a wrong status code (code=502)": the "code" there is the HTTP status.',
    url: 'https://github.com/aerialls/synology-srm/blob/3275639/synology_srm/http.py#L117-L121',
  },
  {
    name: 'Download Station browser extension (nas-download-manager)',
    text: 'Reports HTTP 400 as a probable wrong protocol (plain HTTP to the HTTPS port).',
    url: 'https://github.com/seansfkelley/nas-download-manager/blob/f8e91fe/src/common/apis/synology/SynologyClient.ts#L131-L146',
  },
];

/** The statuses this page explains, for linking from a number's compare page. */
export function httpStatusInfo(status: number): HttpStatusInfo | undefined {
  return httpStatuses.find((s) => s.status === status);
}
