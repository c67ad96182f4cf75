import type { FastifyInstance, InjectOptions } from 'fastify';
import { clock } from '../../platform/clock.js';
import { type Client, login, type World } from '../../test/factories.js';
import type { TestApp } from '../../test/harness.js';

/** Shared by the module's integration test files: signed-in clients, the clock, request bodies. */

export const P = '/api/inspections';

/**
 * Signs in at the current (frozen) time, once per user and clock setting: moving the clock far
 * ends earlier sessions. Each sign-in comes from its own loopback address, so the per-IP login
 * rate limit (a real-time window) does not trip over a file's many principals.
 */
export function principals(t: () => TestApp) {
  let clients = new Map<string, Client>();
  let ip = 0;
  async function as(user: { username: string }): Promise<Client> {
    const cached = clients.get(user.username);
    if (cached) return cached;
    const app = t().app;
    const inject = app.inject.bind(app);
    const address = `127.0.${Math.floor(++ip / 200)}.${(ip % 200) + 1}`;
    const client = await login(
      {
        inject: (o: InjectOptions) => inject({ ...o, remoteAddress: address }),
      } as unknown as FastifyInstance,
      user.username,
    );
    clients.set(user.username, client);
    return client;
  }
  const at = (iso: string) => {
    clock.freeze(iso);
    clients = new Map();
  };
  return { as, at };
}

export const studyPlanBody = (sessionDate: string) => ({
  sessionDate,
  startTime: '09:00',
  place: '机关三楼会议室',
  topic: '学习党的十七届四中全会精神',
  host: '王局长',
  speakers: ['李副局长', '张副局长'],
  questions: ['如何加强新形势下党的建设？'],
  attendees: ['王局长', '李副局长', '张副局长'],
});

export const recordBody = (inspectedOn: string, extra: Record<string, unknown> = {}) => ({
  inspectedOn,
  attendance: [
    { name: '王局长', present: true },
    { name: '张副局长', present: false, absenceReason: '外出开会' },
  ],
  checks: [],
  questionsAsked: '询问学习计划制定情况',
  notes: '中心发言人发言准备充分',
  grade: 'good',
  scores: [],
  practices: [{ itemCategory: 'form', content: '坚持“一把手”领学' }],
  shortcomings: [{ itemCategory: 'archive', content: '学习记录不够完整' }],
  feedback: '总体较好，建议完善学习档案。',
  ...extra,
});

/**
 * An issued plan of `year` for units A1 (month 3), A2 (month 5) and B1 (month 9) of the world,
 * created and issued by the world's staff. Returns the plan id and the session ids by unit.
 */
export async function issuedPlan(staff: Client, w: World, year: number) {
  const res = await staff.post(`${P}/plans`, {
    year,
    title: `关于开展${year}年党组(党委)中心组理论学习巡听活动的通知`,
    docPrefix: '市直工委',
    entries: [
      { unitId: w.unitA1, month: 3 },
      { unitId: w.unitA2, month: 5 },
      { unitId: w.unitB1, month: 9 },
    ],
  });
  if (res.statusCode !== 200) throw new Error(`plan: ${res.body}`);
  const planId = res.json().id as number;
  const plan = (await staff.get(`${P}/plans/${planId}`)).json();
  const issued = await staff.post(`${P}/plans/${planId}/issue`, { version: plan.version });
  if (issued.statusCode !== 200) throw new Error(`issue: ${issued.body}`);
  const sid = { A1: 0, A2: 0, B1: 0 };
  for (const e of plan.entries as { unitId: number; sessionId: number }[])
    sid[e.unitId === w.unitA1 ? 'A1' : e.unitId === w.unitA2 ? 'A2' : 'B1'] = e.sessionId;
  return { planId, sid };
}

/** Saves and submits the record of a session as the given team member; returns the locked record. */
export async function lockedRecord(member: Client, sessionId: number, inspectedOn: string) {
  const saved = await member.put(`${P}/sessions/${sessionId}/record`, recordBody(inspectedOn));
  if (saved.statusCode !== 200) throw new Error(`record: ${saved.body}`);
  const draft = (await member.get(`${P}/sessions/${sessionId}`)).json().record;
  const sub = await member.post(`${P}/sessions/${sessionId}/record/submit`, { version: draft.version });
  if (sub.statusCode !== 200) throw new Error(`submit: ${sub.body}`);
  return (await member.get(`${P}/sessions/${sessionId}`)).json();
}
