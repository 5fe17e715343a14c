/** The parts of a search hit, as DOM nodes, shared by the header popup and the results page. */
import type { Hit } from './engine';

export function hitLabel(hit: Hit): string {
  return hit.code !== null ? `${hit.family} ${hit.code}: ${hit.title}` : hit.title;
}

export function hitBody(hit: Hit, asLink: boolean): Node[] {
  const title = document.createElement(asLink ? 'a' : 'span');
  title.className = 'hit-title';
  title.textContent = hitLabel(hit);
  if (title instanceof HTMLAnchorElement) title.href = hit.url;
  const nodes: Node[] = [title];
  const meta = document.createElement('span');
  meta.className = 'hit-meta muted';
  meta.textContent = hit.kind === 'decode' ? 'Opens the decoder; passwords, tokens and session ids are left out' : [hit.exact ? 'Exact code' : '', hit.category].filter(Boolean).join(' · ');
  nodes.push(meta);
  if (hit.note) {
    const note = document.createElement('span');
    note.className = 'hit-note';
    note.textContent = hit.note;
    nodes.push(note);
  }
  if (hit.excerpt) {
    const p = document.createElement('span');
    p.className = 'hit-excerpt';
    p.append(...excerptNodes(hit.excerpt));
    nodes.push(p);
  }
  return nodes;
}

/** Pagefind's excerpt as DOM nodes: only its <mark> elements survive, as marks around text. */
export function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out: Node[] = [];
  for (const node of doc.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}
