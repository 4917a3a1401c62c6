import { Tag } from 'antd';
import { type ChangeKind, changeColors, changeLabels } from '../catalog.relations.js';

export function ChangeTag({ kind }: { kind: ChangeKind }) {
  return (
    <Tag color={changeColors[kind]} variant="solid" className="change-tag">
      {changeLabels[kind]}
    </Tag>
  );
}
