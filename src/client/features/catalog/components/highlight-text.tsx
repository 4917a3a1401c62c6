import { parseHighlight } from '../catalog.highlight.js';

/** Renders a search highlight as text with <mark> elements, never as injected HTML. */
export function HighlightText({ highlight }: { highlight: string }) {
  return (
    <>
      {parseHighlight(highlight).map((segment, index) =>
        // Segments have no identity beyond their position in this fixed snippet.
        // biome-ignore lint/suspicious/noArrayIndexKey: position is the identity here
        segment.isMarked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
