import { formatDocumentTitle } from '../app/app.strings.js';

/** Sets document.title through React 19's hoisted <title>; render exactly one per page. */
export function PageTitle({ title }: { title: string }) {
  return <title>{formatDocumentTitle(title)}</title>;
}
