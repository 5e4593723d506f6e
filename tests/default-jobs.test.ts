import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../src/pipeline.js';

const MB = 2 ** 20;

describe('the default --jobs', () => {
  it('is one worker per core when memory is plentiful', () => {
    expect(defaultJobs(2, 24 * 1024 * MB)).toBe(2);
    expect(defaultJobs(64, 256 * 1024 * MB)).toBe(64);
  });

  it('takes no more workers than the free memory holds at their heap caps', () => {
    // 256 MB for the main thread, 154 MB for each worker (2 + 128 MB of heap, 24 MB outside it).
    expect(defaultJobs(16, 1024 * MB)).toBe(4);
    expect(defaultJobs(16, (256 + 154) * MB)).toBe(1);
    expect(defaultJobs(16, (256 + 2 * 154) * MB)).toBe(2);
  });

  it('is at least 1 (the main thread alone), however little is free', () => {
    expect(defaultJobs(8, 100 * MB)).toBe(1);
    expect(defaultJobs(8, 0)).toBe(1);
  });

  it('reads the machine when not told', () => {
    expect(defaultJobs()).toBeGreaterThanOrEqual(1);
  });
});
