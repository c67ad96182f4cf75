import { describe, expect, it } from 'vitest';
import { namePathOf } from './useFormSubmit.js';

describe('namePathOf', () => {
  it('turns list positions into numbers, as Form.List names its fields', () => {
    expect(namePathOf('phases.1.key')).toEqual(['phases', 1, 'key']);
    expect(namePathOf('items.0')).toEqual(['items', 0]);
  });
  it('keeps plain field names as they are', () => {
    expect(namePathOf('title')).toEqual(['title']);
    expect(namePathOf('target.mode')).toEqual(['target', 'mode']);
  });
});
