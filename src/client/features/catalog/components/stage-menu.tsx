import { Menu, type MenuProps } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { EditionId, Stage } from '../../../../shared/catalog/catalog.schemas.js';
import { catalogPaths } from '../catalog.paths.js';
import { formatChineseOrdinal } from '../catalog.strings.js';

type StageMenuProps = {
  edition: EditionId;
  stages: Stage[];
  selectedCode: string | undefined;
  /** Called after a scenario link is followed (the phone drawer closes itself). */
  onScenarioOpen?: () => void;
};

function stageKey(stageNumber: number): string {
  return `stage-${stageNumber}`;
}

function findStageKeyOf(stages: Stage[], code: string | undefined): string | undefined {
  const stage = stages.find((candidate) => candidate.scenarios.some((scenario) => scenario.code === code));
  return stage ? stageKey(stage.number) : undefined;
}

/** The catalogue tree: stages (环节) open to their scenarios, each a link to its detail. */
export function StageMenu({ edition, stages, selectedCode, onScenarioOpen }: StageMenuProps) {
  const selectedStageKey = findStageKeyOf(stages, selectedCode);
  const [openKeys, setOpenKeys] = useState<string[]>(selectedStageKey ? [selectedStageKey] : []);

  // A deep link or a related-scenario link opens the stage that holds the scenario.
  useEffect(() => {
    if (selectedStageKey) {
      setOpenKeys((keys) => (keys.includes(selectedStageKey) ? keys : [...keys, selectedStageKey]));
    }
  }, [selectedStageKey]);

  const items: MenuProps['items'] = stages.map((stage) => ({
    key: stageKey(stage.number),
    label: `${formatChineseOrdinal(stage.number)}、${stage.name}`,
    children: stage.scenarios.map((scenario) => ({
      key: scenario.code,
      label: (
        <Link to={catalogPaths.scenario(edition, scenario.code)} onClick={onScenarioOpen}>
          {`${scenario.number}. ${scenario.name}`}
        </Link>
      ),
    })),
  }));

  return (
    <Menu
      className="stage-menu"
      mode="inline"
      items={items}
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
      selectedKeys={selectedCode ? [selectedCode] : []}
      inlineIndent={16}
    />
  );
}
