import { describe, expect, it } from 'vitest';
import { hashWithRoute, routeFromHash } from './route-url';

describe('the page in the address', () => {
  it('round-trips a page and its parameters and keeps the launch token', () => {
    const hash = hashWithRoute('#token=abc-123_XY', { page: 'pool.assignment', params: { id: 12, tab: 'history' } });
    expect(hash).toBe('#token=abc-123_XY&page=pool.assignment&id=12&tab=history');
    expect(routeFromHash(hash)).toEqual({ page: 'pool.assignment', params: { id: 12, tab: 'history' } });
  });

  it('ignores an address without a page, or with a malformed one', () => {
    expect(routeFromHash('#token=abc')).toBeNull();
    expect(routeFromHash('')).toBeNull();
    expect(routeFromHash('#page=../../etc')).toBeNull();
    expect(routeFromHash('#page=start')).toEqual({ page: 'start', params: {} });
  });
});
