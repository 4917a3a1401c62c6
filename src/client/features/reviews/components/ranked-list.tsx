import { Button } from 'antd';
import { useState } from 'react';
import { reviewsStrings as s } from '../reviews.strings.js';

export type RankedEntry = { id: string; name: string; detail: string };

/** The list with the item at `from` moved to `to` (both within bounds). */
export function moveTo<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

/**
 * 推荐名单 in priority order: dragged into place (HTML5 drag and drop), or moved with 上移 / 下移 for keyboards
 * and screen readers, which also hear where the item went.
 */
export function RankedList({
  entries,
  onReorder,
  onRemove,
}: {
  entries: RankedEntry[];
  onReorder: (ids: string[]) => void;
  onRemove: (id: string) => void;
}) {
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const ids = entries.map((entry) => entry.id);

  const move = (from: number, to: number) => {
    if (from === to || to < 0 || to >= entries.length) return;
    onReorder(moveTo(ids, from, to));
    setAnnouncement(s.moved(entries[from]?.name ?? '', to + 1));
  };

  if (entries.length === 0) return <p className="review-muted">{s.rankedEmpty}</p>;
  return (
    <>
      <ol className="review-ranked" aria-label={s.rankedLabel}>
        {entries.map((entry, index) => {
          const classes = ['review-ranked-item', dragged === index && 'is-dragged', over === index && 'is-over'];
          return (
            <li
              key={entry.id}
              className={classes.filter(Boolean).join(' ')}
              draggable
              data-testid="ranked-item"
              title={s.dragHint}
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', entry.id);
                setDragged(index);
              }}
              onDragOver={(event) => {
                event.preventDefault();
                setOver(index);
              }}
              onDragLeave={() => setOver((current) => (current === index ? null : current))}
              onDrop={(event) => {
                event.preventDefault();
                const from = ids.indexOf(event.dataTransfer.getData('text/plain'));
                if (from >= 0) move(from, index);
                setDragged(null);
                setOver(null);
              }}
              onDragEnd={() => {
                setDragged(null);
                setOver(null);
              }}
            >
              <span className="review-ranked-handle" aria-hidden="true">
                ⋮⋮
              </span>
              <span className="review-ranked-rank">{s.rank(index + 1)}</span>
              <span className="review-ranked-name">
                {entry.name}
                <span className="review-ranked-detail">{entry.detail}</span>
              </span>
              <span className="review-ranked-actions">
                <Button
                  autoInsertSpace={false}
                  size="small"
                  aria-label={s.moveUpLabel(entry.name)}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  {s.moveUp}
                </Button>
                <Button
                  autoInsertSpace={false}
                  size="small"
                  aria-label={s.moveDownLabel(entry.name)}
                  disabled={index === entries.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  {s.moveDown}
                </Button>
                <Button
                  autoInsertSpace={false}
                  size="small"
                  type="link"
                  danger
                  aria-label={s.removeLabel(entry.name)}
                  onClick={() => onRemove(entry.id)}
                >
                  {s.removeFromList}
                </Button>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </>
  );
}
