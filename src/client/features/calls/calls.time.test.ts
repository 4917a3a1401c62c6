import { describe, expect, it } from 'vitest';
import { regionPrefixOf } from './calls.form.js';
import {
  describeRemaining,
  formatBeijingClock,
  formatBeijingTime,
  fromBeijingWallClock,
  isUrgent,
  phaseOf,
} from './calls.time.js';

const at = (iso: string) => Date.parse(iso);
const call = {
  status: 'published' as const,
  opensAt: '2026-11-01T00:00:00+08:00',
  closesAt: '2026-12-31T17:00:00+08:00',
};

describe('Beijing time', () => {
  it('formats an instant in Beijing time whatever zone it was written in', () => {
    expect(formatBeijingTime('2026-12-31T09:00:00Z')).toBe('2026-12-31 17:00');
    expect(formatBeijingTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30');
    expect(formatBeijingClock(at('2026-12-31T16:30:05Z'))).toBe('00:30:05');
  });

  it('reads a picked wall-clock time as Beijing time', () => {
    expect(fromBeijingWallClock('2026-12-31T17:00')).toBe('2026-12-31T17:00:00+08:00');
    expect(at(fromBeijingWallClock('2026-12-31T17:00'))).toBe(at('2026-12-31T09:00:00Z'));
  });
});

describe('phaseOf', () => {
  it('is upcoming before the opening, open until the deadline and closed from the deadline on', () => {
    expect(phaseOf(call, at('2026-10-31T23:59:00+08:00'))).toBe('upcoming');
    expect(phaseOf(call, at('2026-11-01T00:00:00+08:00'))).toBe('open');
    expect(phaseOf(call, at('2026-12-31T16:59:59+08:00'))).toBe('open');
    expect(phaseOf(call, at('2026-12-31T17:00:00+08:00'))).toBe('closed');
  });

  it('is closed when the office closed it early, and a draft whatever the time', () => {
    expect(phaseOf({ ...call, status: 'closed' }, at('2026-11-15T00:00:00+08:00'))).toBe('closed');
    expect(phaseOf({ ...call, status: 'draft' }, at('2026-11-15T00:00:00+08:00'))).toBe('draft');
  });
});

describe('describeRemaining', () => {
  const deadline = at('2026-12-31T17:00:00+08:00');
  it('says days and hours, hours and minutes, or minutes', () => {
    expect(describeRemaining(deadline, deadline - (3 * 24 + 4) * 3_600_000)).toBe('3 天 4 小时');
    expect(describeRemaining(deadline, deadline - 2 * 24 * 3_600_000)).toBe('2 天');
    expect(describeRemaining(deadline, deadline - (5 * 60 + 20) * 60_000)).toBe('5 小时 20 分钟');
    expect(describeRemaining(deadline, deadline - 20 * 60_000)).toBe('20 分钟');
    expect(describeRemaining(deadline, deadline - 10_000)).toBe('1 分钟');
  });

  it('is null once the deadline has passed', () => {
    expect(describeRemaining(deadline, deadline)).toBeNull();
  });

  it('marks under three days as urgent, and a passed deadline as not', () => {
    expect(isUrgent(deadline, deadline - 3 * 24 * 3_600_000 + 1)).toBe(true);
    expect(isUrgent(deadline, deadline - 3 * 24 * 3_600_000)).toBe(false);
    expect(isUrgent(deadline, deadline + 1)).toBe(false);
  });
});

describe('regionPrefixOf', () => {
  it('covers a province by two digits, a city by four and a county by all six', () => {
    expect(regionPrefixOf(['420000'])).toBe('42');
    expect(regionPrefixOf(['420000', '420100'])).toBe('4201');
    expect(regionPrefixOf(['420000', '420100', '420106'])).toBe('420106');
    expect(regionPrefixOf(undefined)).toBe('');
  });
});
