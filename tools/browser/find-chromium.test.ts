import { describe, expect, it } from 'vitest';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.ts';

describe('finding a Chromium for the end-to-end tests', () => {
  it('uses CHROMIUM_PATH when it points at a file', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe('/opt/chrome');
  });

  it('says so when CHROMIUM_PATH points at nothing', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/opt/none' }, () => false)).toThrow(/CHROMIUM_PATH is set to \/opt\/none, but there is no file there/);
  });

  it('falls back to a system Chromium', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });

  it('explains how to get one when there is none', () => {
    expect(() => findChromium({}, () => false)).toThrow(HOW_TO_GET_CHROMIUM);
    expect(HOW_TO_GET_CHROMIUM).toContain('npx playwright install chromium');
    expect(HOW_TO_GET_CHROMIUM).toContain('apt-get install chromium');
  });
});
