import { backoffMillis, parseRetryAfter, RetryPolicy } from '../../src/platform/transport';

const POLICY: RetryPolicy = {
  requestTimeoutMillis: 1000,
  maxAttempts: 10,
  initialBackoffMillis: 100,
  maxBackoffMillis: 1000,
  maxRetryAfterMillis: 5000,
  totalTimeoutMillis: 60000,
};

describe('backoff', () => {
  test('doubles from the initial backoff up to the cap, with half of it random', () => {
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffMillis(a, POLICY, () => 1))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffMillis(a, POLICY, () => 0))).toEqual([50, 100, 200, 400, 500, 500]);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-11-27T12:00:00Z');
  test.each([
    ['120', 120_000],
    ['0', 0],
    ['Fri, 27 Nov 2026 12:00:30 GMT', 30_000],
    ['Fri, 27 Nov 2026 11:00:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
  ])('%s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
  test('absent', () => expect(parseRetryAfter(null, now)).toBeUndefined());
});
