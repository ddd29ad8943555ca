import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeWorkspaceSla } from '../../src/modules/sla/clocks/recompute-sla.js';
import { calendarForTeam } from '../../src/modules/sla/calendars/calendar-lookup.js';
import { createTestAgent, createTestApp, createTestBrand, createTestTicket, type TestAgent, type TestApp } from '../helpers/test-app.js';

const DAY = [['09:00', '18:00']];
const WEEK = { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY };
const ics = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR'].join('\r\n');

describe('SLA admin: calendars and policies', () => {
  let t: TestApp;
  let admin: TestAgent;
  let agent: TestAgent;
  let teamId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    agent = await createTestAgent(t, 'agent', 'junior');
    teamId = (await admin.api.post('/api/teams', { name: 'Paris desk' })).body.id;
  });
  afterAll(() => t.close());

  it('is always open (UTC, 24/7) until a calendar exists; the first calendar becomes the default', async () => {
    expect((await calendarForTeam(t.runtime.db, t.workspaceId, teamId)).name).toBe('Always open');
    const res = await admin.api.post('/api/sla/calendars', { name: 'Paris', timezone: 'Europe/Paris', weekly: WEEK, teamIds: [teamId] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ name: 'Paris', timezone: 'Europe/Paris', isDefault: true, teamIds: [teamId], holidays: [], special: [] });
    expect((await calendarForTeam(t.runtime.db, t.workspaceId, teamId)).id).toBe(res.body.id);
    expect((await calendarForTeam(t.runtime.db, t.workspaceId, null)).id).toBe(res.body.id);

    const second = await admin.api.post('/api/sla/calendars', { name: 'Shenzhen', timezone: 'Asia/Shanghai', weekly: { mon: [['09:00', '12:00'], ['13:30', '18:00']] }, isDefault: true });
    expect(second.body.isDefault).toBe(true);
    const list = (await agent.api.get('/api/sla/calendars')).body.items as { name: string; isDefault: boolean }[];
    expect(list.map((c) => [c.name, c.isDefault])).toEqual([['Shenzhen', true], ['Paris', false]]);
    // The team keeps its own calendar; a team without one follows the new default.
    expect((await calendarForTeam(t.runtime.db, t.workspaceId, teamId)).name).toBe('Paris');
    expect((await calendarForTeam(t.runtime.db, t.workspaceId, null)).name).toBe('Shenzhen');
  });

  it('refuses bad calendars with a message naming the field, and writes from non-admins', async () => {
    const overlap = await admin.api.post('/api/sla/calendars', { name: 'Bad', timezone: 'Europe/Berlin', weekly: { mon: [['09:00', '18:00'], ['13:00', '14:00']] } });
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.message).toMatch(/weekly\.mon: intervals 09:00–18:00 and 13:00–14:00 overlap/);
    const zone = await admin.api.post('/api/sla/calendars', { name: 'Bad', timezone: 'Mars/Olympus', weekly: WEEK });
    expect(zone.status).toBe(400);
    expect(zone.body.error.message).toMatch(/timezone: unknown time zone "Mars\/Olympus"/);
    const typo = await admin.api.post('/api/sla/calendars', { name: 'Bad', timezone: 'UTC', weekly: { monday: DAY } });
    expect(typo.status).toBe(400);
    expect(typo.body.error.message).toMatch(/weekly: unknown key "monday"/);
    const team = await admin.api.post('/api/sla/calendars', { name: 'Bad', timezone: 'UTC', weekly: WEEK, teamIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(team.status).toBe(422);
    expect(team.body.error.message).toMatch(/teamIds/);
    expect((await agent.api.post('/api/sla/calendars', { name: 'Mine', timezone: 'UTC', weekly: WEEK })).status).toBe(403);
    expect((await admin.api.post('/api/sla/calendars', { name: 'Paris', timezone: 'UTC', weekly: WEEK })).status).toBe(409);
  });

  it('imports a shipped holiday set (China: holidays, and make-up working days as special days)', async () => {
    const sets = (await agent.api.get('/api/sla/holiday-sets')).body.items as { code: string; years: number[] }[];
    expect(sets.map((s) => s.code)).toEqual(expect.arrayContaining(['CN', 'US', 'GB', 'DE', 'FR', 'JP']));
    const calendar = (await agent.api.get('/api/sla/calendars')).body.items.find((c: { name: string }) => c.name === 'Shenzhen');
    const res = await admin.api.post(`/api/sla/calendars/${calendar.id}/holidays/import-set`, { code: 'CN', years: [2026] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.added).toEqual(expect.arrayContaining(['2026-10-01', '2026-10-02']));
    expect(res.body.calendar.holidays).toEqual(expect.arrayContaining(['2026-10-01']));
    expect(res.body.calendar.special.length).toBeGreaterThan(0);
    expect(res.body.warnings.some((w: string) => /make-up working day/.test(w))).toBe(true);
    // Importing again adds nothing.
    expect((await admin.api.post(`/api/sla/calendars/${calendar.id}/holidays/import-set`, { code: 'CN', years: [2026] })).body.added).toEqual([]);
    const unknown = await admin.api.post(`/api/sla/calendars/${calendar.id}/holidays/import-set`, { code: 'XX' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/^code:/);
  });

  it('imports holidays from an ICS file and reports what it skipped', async () => {
    const calendar = (await agent.api.get('/api/sla/calendars')).body.items.find((c: { name: string }) => c.name === 'Paris');
    const text = ics('BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20260714', 'SUMMARY:Fête nationale', 'END:VEVENT', 'this is not a line', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261225', 'SUMMARY:Noël', 'END:VEVENT');
    const res = await admin.api.post(`/api/sla/calendars/${calendar.id}/holidays/import-ics`, { ics: text });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.added).toEqual(['2026-07-14', '2026-12-25']);
    expect(res.body.warnings).toEqual([expect.stringMatching(/^line \d+: not an iCalendar line/)]);
    expect(res.body.calendar.holidays).toEqual(['2026-07-14', '2026-12-25']);
    const empty = await admin.api.post(`/api/sla/calendars/${calendar.id}/holidays/import-ics`, { ics: '' });
    expect(empty.status).toBe(400);
  });

  it('previews a due date on a stored or an unsaved calendar', async () => {
    const paris = (await agent.api.get('/api/sla/calendars')).body.items.find((c: { name: string }) => c.name === 'Paris');
    // Friday 17:30 Paris + 60 business minutes → Monday 09:30 (CET, UTC+1).
    const stored = await agent.api.post('/api/sla/calendars/preview-due', { calendarId: paris.id, start: '2026-03-06T16:30:00Z', minutes: 60 });
    expect(stored.body).toEqual({ dueAt: '2026-03-09T08:30:00.000Z' });
    const unsaved = await agent.api.post('/api/sla/calendars/preview-due', { calendar: { timezone: 'Asia/Kolkata', weekly: WEEK }, start: '2026-03-06T12:00:00Z', minutes: 30 });
    expect(unsaved.body).toEqual({ dueAt: '2026-03-06T12:30:00.000Z' });
    const bad = await agent.api.post('/api/sla/calendars/preview-due', { calendar: { timezone: 'UTC', weekly: { mon: [['25:00', '26:00']] } }, start: '2026-03-06T12:00:00Z', minutes: 30 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/weekly\.mon\[0\]\[0\]/);
  });

  it('validates policies: whole business minutes, warn fraction, at least one target', async () => {
    const base = { name: 'Bad', targets: { firstResponse: { seconds: 90, businessTime: true } } };
    const seconds = await admin.api.post('/api/sla/policies', base);
    expect(seconds.status).toBe(400);
    expect(JSON.stringify(seconds.body.error)).toMatch(/targets\.firstResponse\.seconds|whole minutes/);
    expect((await admin.api.post('/api/sla/policies', { name: 'Chat', targets: { firstResponse: { seconds: 45, businessTime: false } } })).status).toBe(201);
    const fraction = await admin.api.post('/api/sla/policies', { name: 'Bad', targets: { firstResponse: { seconds: 60, businessTime: true } }, warnFraction: 1 });
    expect(fraction.status).toBe(400);
    expect(JSON.stringify(fraction.body.error)).toMatch(/warnFraction/);
    const none = await admin.api.post('/api/sla/policies', { name: 'Bad', targets: {} });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/^targets:/);
    expect((await agent.api.post('/api/sla/policies', { name: 'Mine', targets: { firstResponse: { seconds: 60, businessTime: true } } })).status).toBe(403);
  });

  it('reorders policies, and a recompute gives open tickets the new choice', async () => {
    const brandId = await createTestBrand(admin.api, 'Reorder shop');
    const ticket = await createTestTicket(agent.api, brandId, { priority: 'P3', tags: ['rush'] });
    expect(ticket.sla.policy.name).toBe('P3');
    const rush = (await admin.api.post('/api/sla/policies', { name: 'Rush', conditions: { tags: ['rush'] }, targets: { firstResponse: { seconds: 600, businessTime: false } } })).body;
    const ids = ((await agent.api.get('/api/sla/policies')).body.items as { id: string }[]).map((p) => p.id);
    expect(ids.at(-1)).toBe(rush.id);
    const reordered = await admin.api.post('/api/sla/policies/reorder', { ids: [rush.id, ...ids.filter((id) => id !== rush.id)] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.items[0]).toMatchObject({ id: rush.id, position: 0 });
    expect((await admin.api.post('/api/sla/policies/reorder', { ids: [rush.id] })).status).toBe(400);

    // The edit queued a recompute job (tests run no worker): run it as the job would.
    const queued = await t.runtime.db.selectFrom('jobs').select('name').where('name', '=', 'sla.recompute').execute();
    expect(queued.length).toBeGreaterThan(0);
    await recomputeWorkspaceSla(t.runtime.db, t.workspaceId);
    const after = (await agent.api.get(`/api/tickets/${ticket.id}`)).body;
    expect(after.sla.policy.name).toBe('Rush');
    expect(after.sla.firstResponseDueAt).toBe(new Date(Date.parse(after.sla.clocks[0].startedAt) + 600_000).toISOString());

    expect((await admin.api.delete(`/api/sla/policies/${rush.id}`)).status).toBe(200);
    await recomputeWorkspaceSla(t.runtime.db, t.workspaceId);
    expect((await agent.api.get(`/api/tickets/${ticket.id}`)).body.sla.policy.name).toBe('P3');
  });
});
