import { Alert, Input, Modal, Select } from 'antd';
import { useId, useMemo, useState } from 'react';
import type { ScenarioOption } from '../applications.api.js';
import { applicationsStrings as s } from '../applications.strings.js';

export type PickedScenario = { code: string | null; name: string };

/** The call's scenarios not yet chosen, grouped by 智能制造 stage as the catalogue prints them. */
function groupByStage(options: ScenarioOption[], chosen: Set<string>) {
  const groups = new Map<string, Array<{ value: string; label: string }>>();
  for (const option of options) {
    if (chosen.has(option.code)) continue;
    const group = groups.get(option.stage) ?? [];
    group.push({ value: option.code, label: `${option.code} ${option.name}` });
    groups.set(option.stage, group);
  }
  return [...groups].map(([stage, stageOptions]) => ({ label: stage || '—', title: stage, options: stageOptions }));
}

/** 添加场景: from the call's catalogue edition (several at once), and/or one the enterprise names itself. */
export function ScenarioPicker({
  options,
  chosenCodes,
  allowCustom,
  onAdd,
  onClose,
}: {
  options: ScenarioOption[];
  chosenCodes: string[];
  allowCustom: boolean;
  onAdd: (scenarios: PickedScenario[]) => void;
  onClose: () => void;
}) {
  const [codes, setCodes] = useState<string[]>([]);
  const [customName, setCustomName] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const pickerId = useId();
  const customId = useId();
  const groups = useMemo(() => groupByStage(options, new Set(chosenCodes)), [options, chosenCodes]);

  const handleOk = () => {
    const name = customName.trim();
    if (name !== '' && name.length < 2) {
      setFailure(s.customNameTooShort);
      return;
    }
    const picked: PickedScenario[] = codes.map((code) => ({
      code,
      name: options.find((option) => option.code === code)?.name ?? code,
    }));
    if (name !== '') picked.push({ code: null, name });
    if (picked.length > 0) onAdd(picked);
    onClose();
  };

  return (
    <Modal open title={s.addScenario} okText={s.add} cancelText={s.cancel} onOk={handleOk} onCancel={onClose}>
      <div className="app-picker">
        <label htmlFor={pickerId} className="app-picker-label">
          {s.pickFromCatalog}
        </label>
        <Select
          id={pickerId}
          mode="multiple"
          className="app-select"
          placeholder={s.pickScenarios}
          options={groups}
          value={codes}
          onChange={setCodes}
          showSearch={{ optionFilterProp: 'label' }}
          allowClear
        />
        {allowCustom && (
          <>
            <label htmlFor={customId} className="app-picker-label">
              {s.customName}
            </label>
            <Input
              id={customId}
              value={customName}
              maxLength={100}
              placeholder={s.customNamePlaceholder}
              onChange={(event) => setCustomName(event.target.value)}
            />
          </>
        )}
        {failure && <Alert type="error" showIcon role="alert" title={failure} />}
      </div>
    </Modal>
  );
}
