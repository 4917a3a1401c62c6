import { describe, expect, it } from 'vitest';
import { describeUserAgent } from './accounts.user-agent.js';

describe('describeUserAgent', () => {
  it('names the browser and system of common user agents', () => {
    expect(
      describeUserAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0',
      ),
    ).toBe('Edge · Windows');
    expect(
      describeUserAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0',
      ),
    ).toBe('微信 · iOS');
  });

  it('shows an unknown agent as given and an empty one as 未知设备', () => {
    expect(describeUserAgent('node')).toBe('node');
    expect(describeUserAgent('')).toBe('未知设备');
  });
});
