/**
 * Areas: a family may group its codes by the part of DSM they come from (Core's Control Panel
 * areas). The schema fields are read here and nowhere else, defensively, so search works the same
 * whether or not a family has areas: point `AREA_FIELD` and `AREAS_FIELD` at the schema's names.
 */

/** The code's field holding its area slug, and the family's field listing its areas. */
export const AREA_FIELD = 'area';
export const AREAS_FIELD = 'areas';

export interface Area {
  id: string;
  name: string;
}

const field = (obj: object, key: string): unknown => (obj as Record<string, unknown>)[key];

/** The areas a family defines, in its order; none when it has no such field. */
export function familyAreas(namespace: object): Area[] {
  const raw = field(namespace, AREAS_FIELD);
  if (!Array.isArray(raw)) return [];
  const out: Area[] = [];
  for (const a of raw as unknown[]) {
    if (typeof a !== 'object' || a === null) continue;
    const id = field(a, 'id');
    const name = field(a, 'name');
    if (typeof id === 'string' && typeof name === 'string') out.push({ id, name });
  }
  return out;
}

/** The area a code belongs to, looked up in its family's areas; undefined when it has none. */
export function areaOf(namespace: object, entry: object): Area | undefined {
  const id = field(entry, AREA_FIELD);
  if (typeof id !== 'string') return undefined;
  return familyAreas(namespace).find((a) => a.id === id);
}
