import { Tag } from 'antd';
import { phaseLabels } from '../calls.strings.js';
import type { CallPhase } from '../calls.time.js';

/** 申报中 / 未开始 / 已截止 / 草稿, in colours dark enough for WCAG AA text contrast. */
export function CallPhaseTag({ phase }: { phase: CallPhase }) {
  return <Tag className={`call-phase-tag call-phase-${phase}`}>{phaseLabels[phase]}</Tag>;
}
