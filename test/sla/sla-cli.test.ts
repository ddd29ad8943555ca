import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const WEEKDAY = [['09:00', '18:00']];
// Berlin office hours, a Saturday night shift into Sunday, Christmas Day closed.
const CALENDAR = {
  timezone: 'Europe/Berlin',
  weekly: { mon: WEEKDAY, tue: WEEKDAY, wed: WEEKDAY, thu: WEEKDAY, fri: WEEKDAY, sat: [['22:00', '06:00']] },
  holidays: ['2026-12-25'],
};

describe('meridian sla (the CLI contract)', { timeout: 120_000 }, () => {
  let dir: string;
  const file = (name: string, content: string) => {
    const full = path.join(dir, name);
    writeFileSync(full, content);
    return full;
  };
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sla-cli-'));
  });

  it('due prints the end of the N-th business minute as ISO 8601 UTC, one line', async () => {
    const calendar = file('berlin.json', JSON.stringify(CALENDAR));
    // Thursday 2026-12-24 17:30 CET + 120 min: 30 on Thursday; Friday is Christmas; 90 from Saturday 22:00.
    const result = await runCli(['sla', 'due', '--calendar', calendar, '--start', '2026-12-24T17:30:00+01:00', '--minutes', '120'], {});
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('2026-12-26T22:30:00.000Z\n');
  });

  it('between prints business minutes, counting the night shift past midnight', async () => {
    const calendar = file('berlin.json', JSON.stringify(CALENDAR));
    const result = await runCli(['sla', 'between', '--calendar', calendar, '--from', '2026-12-24T16:30:00Z', '--to', '2026-12-27T12:00:00Z'], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${30 + 8 * 60}\n`);
    const reversed = await runCli(['sla', 'between', '--calendar', calendar, '--from', '2026-12-27T12:00:00Z', '--to', '2026-12-24T16:30:00Z'], {});
    expect(reversed.stdout).toBe('0\n');
  });

  it('says what is wrong on stderr and exits 1', async () => {
    const calendar = file('berlin.json', JSON.stringify(CALENDAR));
    const due = (calendarFile: string, start = '2026-03-20T16:30:00Z', minutes = '60') => runCli(['sla', 'due', '--calendar', calendarFile, '--start', start, '--minutes', minutes], {});
    const cases: [Promise<{ code: number | null; stdout: string; stderr: string }>, RegExp][] = [
      [due(path.join(dir, 'missing.json')), /cannot read the calendar file .*missing\.json: no such file/],
      [due(file('broken.json', '{"timezone": "UTC",')), /broken\.json is not valid JSON/],
      [due(file('mars.json', JSON.stringify({ ...CALENDAR, timezone: 'Mars/Olympus_Mons' }))), /timezone: unknown time zone "Mars\/Olympus_Mons"/],
      [due(file('bad-time.json', JSON.stringify({ ...CALENDAR, weekly: { mon: [['09:00', '25:00']] } }))), /weekly\.mon\[0\]\[1\]: "25:00" is not a time/],
      [due(file('lunch.json', JSON.stringify({ ...CALENDAR, weekly: { mon: [['09:00', '18:00'], ['12:00', '13:00']] } }))), /weekly\.mon: intervals 09:00–18:00 and 12:00–13:00 overlap/],
      [due(file('closed.json', JSON.stringify({ timezone: 'UTC', weekly: {} }))), /no open time in the 2 years after/],
      [due(calendar, '2026-03-20 16:30'), /--start "2026-03-20 16:30" is not a valid ISO 8601 instant with an offset/],
      [due(calendar, '2026-03-20T16:30:00'), /is not a valid ISO 8601 instant with an offset/],
      [due(calendar, '2026-03-20T16:30:00Z', 'ten'), /--minutes "ten" is not a whole number/],
      [runCli(['sla', 'between', '--calendar', calendar, '--from', 'yesterday', '--to', '2026-03-20T16:30:00Z'], {}), /--from "yesterday"/],
      [runCli(['sla', 'due', '--calendar', calendar, '--start', '2026-03-20T16:30:00Z'], {}), /required option '--minutes <n>' not specified/],
    ];
    for (const [run, message] of cases) {
      const result = await run;
      expect(result.stderr, result.stderr).toMatch(message);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
    }
  });
});
