import { Button, Popconfirm, Space } from 'antd';
import { applicationsStrings as s } from '../applications.strings.js';

/** Moves an item of a list one place up or down (a copy; the list itself is not changed). */
export function moveItem<T>(items: T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  if (target < 0 || target >= items.length) return items;
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/**
 * 上移 / 下移 / 删除 for a table row or a scenario. `name` makes each button's accessible name unique
 * ("上移 第2行"); removal asks first unless the item is still empty.
 */
export function RowActions({
  index,
  count,
  name,
  confirmRemove,
  onMove,
  onRemove,
  removeLabel = s.removeRow,
}: {
  index: number;
  count: number;
  name: string;
  /** The confirmation question, or null to remove at once (an empty row). */
  confirmRemove: string | null;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  removeLabel?: string;
}) {
  const removeButton = (
    <Button
      size="small"
      type="text"
      danger
      aria-label={`${removeLabel} ${name}`}
      onClick={confirmRemove ? undefined : onRemove}
    >
      {s.delete}
    </Button>
  );
  return (
    <Space size={0} className="app-row-actions">
      <Button
        size="small"
        type="text"
        disabled={index === 0}
        aria-label={`${s.moveUp} ${name}`}
        onClick={() => onMove(-1)}
      >
        {s.moveUp}
      </Button>
      <Button
        size="small"
        type="text"
        disabled={index === count - 1}
        aria-label={`${s.moveDown} ${name}`}
        onClick={() => onMove(1)}
      >
        {s.moveDown}
      </Button>
      {confirmRemove ? (
        <Popconfirm
          title={confirmRemove}
          okText={s.delete}
          cancelText={s.cancel}
          okButtonProps={{ danger: true }}
          onConfirm={onRemove}
        >
          {removeButton}
        </Popconfirm>
      ) : (
        removeButton
      )}
    </Space>
  );
}
