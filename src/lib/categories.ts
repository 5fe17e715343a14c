import type { Category, SourceKind, Status } from './schema';

/** What each category is called on the pages and in filters. */
export const categoryLabels: Record<Category, string> = {
  request: 'Request',
  session: 'Session',
  authentication: 'Sign-in',
  permission: 'Permission',
  'not-found': 'Not found',
  conflict: 'Conflict',
  space: 'Quota / space',
  'file-system': 'File system',
  limit: 'Limit reached',
  transfer: 'Upload / transfer',
  busy: 'Busy / transient',
  internal: 'Internal',
  reserved: 'Reserved',
};

export const statusLabels: Record<Status, string> = {
  documented: 'Documented',
  uncertain: 'Uncertain',
  reserved: 'Reserved',
  observed: 'Observed, undocumented',
};

/** What each kind of source is called beside its name. */
export const sourceKindLabels: Record<SourceKind, string> = {
  'official-guide': 'Official guide',
  'synology-code': "Synology's own code",
  'dsm-ui': "DSM's own interface text",
  observed: 'Observed on devices',
  library: 'Client library',
  'original-tables': 'Circulating table',
};
