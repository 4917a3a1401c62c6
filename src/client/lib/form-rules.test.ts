import { describe, expect, it } from 'vitest';
import { lastOfPath, pointerToNamePath } from './form-rules.js';

describe('pointerToNamePath', () => {
  it('turns a server JSON Pointer into the antd field name it marks', () => {
    expect(pointerToNamePath('/enterprise/uscc')).toEqual(['enterprise', 'uscc']);
    expect(pointerToNamePath('/username')).toEqual(['username']);
  });

  it('unescapes ~1 and ~0 and reads array indices as numbers', () => {
    expect(pointerToNamePath('/a~1b/c~0d/2')).toEqual(['a/b', 'c~d', 2]);
  });
});

describe('lastOfPath', () => {
  it('takes the last code of a cascader path, which is what the API accepts', () => {
    expect(lastOfPath(['350000', '350100', '350102'])).toBe('350102');
  });

  it('is undefined for nothing chosen', () => {
    expect(lastOfPath([])).toBeUndefined();
    expect(lastOfPath(undefined)).toBeUndefined();
  });
});
