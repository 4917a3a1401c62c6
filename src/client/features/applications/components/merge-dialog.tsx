import { Button, Modal, Radio } from 'antd';
import { useState } from 'react';
import { describePointer } from '../../../../shared/applications/diff.rules.js';
import type { ApplicationData } from '../../../../shared/applications/form-walk.js';
import type { FormVariant } from '../../../../shared/calls/template.schemas.js';
import { formatDateTime } from '../../../lib/format.js';
import { applicationsStrings as s } from '../applications.strings.js';
import type { PendingMerge } from './use-draft-editor.js';
import { fieldAtPointer, ValuePreview } from './value-preview.js';

type Choice = 'mine' | 'theirs';

/**
 * 合并修改: where both the user and someone else changed the same value, the two side by side with who saved the
 * other; the user keeps theirs or takes the server's per value, and the result is saved over the new version.
 */
export function MergeDialog({
  merge,
  variant,
  data,
  myName,
  onResolve,
}: {
  merge: PendingMerge;
  variant: FormVariant;
  data: ApplicationData;
  /** The signed-in user's name: their own save in another tab reads "您在其他窗口或设备上". */
  myName: string;
  onResolve: (choices: Record<string, Choice>) => void;
}) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const server = merge.server;
  const setAll = (choice: Choice) =>
    setChoices(Object.fromEntries(merge.conflicts.map((conflict) => [conflict.pointer, choice])));

  return (
    <Modal
      open
      width={980}
      title={s.mergeTitle}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={[
        <Button key="theirs" onClick={() => setAll('theirs')}>
          {s.takeAllTheirs}
        </Button>,
        <Button key="mine" onClick={() => setAll('mine')}>
          {s.keepAllMine}
        </Button>,
        <Button key="save" type="primary" onClick={() => onResolve(choices)}>
          {s.mergeSave}
        </Button>,
      ]}
    >
      <p>
        {s.mergeIntro(
          server.updatedByName && server.updatedByName === myName
            ? s.mergeBySelf
            : s.mergeByOther(server.updatedByName),
          formatDateTime(server.updatedAt),
        )}
      </p>
      <div className="app-merge-scroll">
        <table className="app-merge-table" aria-label={s.mergeTableLabel}>
          <thead>
            <tr>
              <th scope="col">{s.mergeField}</th>
              <th scope="col">{s.mergeTheirs(server.updatedByName)}</th>
              <th scope="col">{s.mergeMine}</th>
            </tr>
          </thead>
          <tbody>
            {merge.conflicts.map((conflict) => {
              const field = fieldAtPointer(variant, conflict.pointer);
              const choice = choices[conflict.pointer] ?? 'mine';
              const label = describePointer(variant, data, conflict.pointer);
              return (
                <tr key={conflict.pointer}>
                  <th scope="row">{label}</th>
                  {(['theirs', 'mine'] as const).map((side) => (
                    <td key={side} className={choice === side ? 'is-chosen' : undefined}>
                      <ValuePreview field={field} value={side === 'theirs' ? conflict.theirs : conflict.mine} />
                      <Radio
                        name={`merge-${conflict.pointer}`}
                        checked={choice === side}
                        onChange={() => setChoices((current) => ({ ...current, [conflict.pointer]: side }))}
                        aria-label={`${side === 'theirs' ? s.takeTheirs : s.keepMine}：${label}`}
                      >
                        {side === 'theirs' ? s.takeTheirs : s.keepMine}
                      </Radio>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Modal>
  );
}
