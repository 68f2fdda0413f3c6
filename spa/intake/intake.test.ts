import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewPage } from '../../shared/review';
import type { Receipt, StatusAnswer } from '../../shared/upload';
import { startPostgres, type TestPostgres } from './db/testing';
import { startSmtp, type SmtpServer } from './mail/testing';
import { as, errorOf, form, otherStudioJpeg, studioJpeg, useIntake, validMeta } from './testing';

let postgres: TestPostgres | undefined;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(() => postgres?.stop());

/** The same suite on the embedded database and on PostgreSQL: one query layer, both behave alike. */
describe.each(['sqlite', 'postgres'] as const)('the intake on %s', database => {
  let count = 0;
  // A fresh PostgreSQL database per test would be slow to create: fresh schemas are the repository tests' job;
  // here each test gets its own logins instead, so nothing leaks from one to the next.
  const intake = useIntake({ databaseUrl: database === 'postgres' ? () => postgres!.url : undefined });
  const person = () => `p${++count}-${randomUUID().slice(0, 8)}`;
  const receiptOf = async (response: Response) => (await response.json()) as Receipt;

  describe('POST /api/photos from a signed-in person', () => {
    it('stores the photo and its meta under its owner, durably, and queues the receipt mail', async () => {
      const who = person();
      const jpeg = await studioJpeg();
      const response = await intake.post(form({ photo: jpeg }), randomUUID(), who);
      expect(response.status).toBe(201);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const receipt = await receiptOf(response);
      expect(receipt).toEqual({
        id: expect.any(String),
        status: 'pending_review',
        receivedAt: expect.any(String),
      });
      await intake.restart();
      const [stored, bytes] = await intake.inspect(r =>
        Promise.all([r.find(receipt.id), r.jpeg(receipt.id)]),
      );
      expect(stored).toMatchObject({
        owner: who,
        email: `${who}@example.edu`,
        status: 'pending_review',
        role: 'student',
      });
      expect(Buffer.compare(Buffer.from(bytes!), Buffer.from(jpeg))).toBe(0);
    });

    it('answers 401 to a request without identity, and stores nothing', async () => {
      const response = await fetch(`${intake.url()}/api/photos`, {
        method: 'POST',
        body: form({ photo: await studioJpeg() }),
        headers: { 'Idempotency-Key': randomUUID() },
      });
      expect(response.status).toBe(401);
      expect((await errorOf(response)).code).toBe('not_signed_in');
    });

    it('replays the first answer for a repeated key, refuses it with another photo, and keeps keys per person', async () => {
      const [who, other] = [person(), person()];
      const key = randomUUID();
      const first = await intake.post(form({ photo: await studioJpeg() }), key, who);
      const again = await intake.post(form({ photo: await studioJpeg() }), key, who);
      expect([first.status, again.status]).toEqual([201, 200]);
      expect(await again.text()).toBe(await first.text());
      const conflict = await intake.post(form({ photo: await otherStudioJpeg() }), key, who);
      expect(conflict.status).toBe(422);
      expect((await errorOf(conflict)).code).toBe('idempotency_conflict');
      // The same key from someone else is their own deposit.
      const theirs = await intake.post(form({ photo: await studioJpeg() }), key, other);
      expect(theirs.status).toBe(201);
    });

    it('makes one deposit from concurrent requests with one key', async () => {
      const who = person();
      const key = randomUUID();
      const answers = await Promise.all(
        [1, 2, 3].map(async () => intake.post(form({ photo: await studioJpeg() }), key, who)),
      );
      expect(answers.map(answer => answer.status).sort()).toEqual([200, 200, 201]);
      const ids = new Set(await Promise.all(answers.map(async answer => (await receiptOf(answer)).id)));
      expect(ids.size).toBe(1);
    });

    it('replaces a pending deposit with the new one, and keeps the old one as superseded', async () => {
      const who = person();
      const old = await receiptOf(await intake.post(form({ photo: await studioJpeg() }), randomUUID(), who));
      const fresh = await receiptOf(
        await intake.post(form({ photo: await otherStudioJpeg() }), randomUUID(), who),
      );
      const status = async (id: string) =>
        (await (await intake.get(`/api/photos/${id}`, who)).json()) as StatusAnswer;
      expect((await status(old.id)).status).toBe('superseded');
      expect((await status(fresh.id)).status).toBe('pending_review');
    });

    it('refuses what it checks again on arrival: the wrong size, EXIF-free but claims blocked', async () => {
      const wrongSize = await intake.post(
        form({ photo: new Uint8Array(await (await import('./testing')).realJpeg()) }),
      );
      expect([wrongSize.status, (await errorOf(wrongSize)).code]).toEqual([422, 'wrong_size']);
      const meta = { ...validMeta(), checks: { verdict: 'blocked', failed: ['face.count'], warned: [] } };
      const blocked = await intake.post(form({ photo: await studioJpeg(), meta }));
      expect([blocked.status, (await errorOf(blocked)).code]).toEqual([422, 'blocked']);
    });
  });

  it('says who is signed in, and whether they review; nobody is an answer, not an error', async () => {
    expect(await (await fetch(`${intake.url()}/api/me`)).json()).toEqual({ identity: 'header' });
    expect(await (await intake.get('/api/me', 'scolarite')).json()).toMatchObject({
      login: 'scolarite',
      reviewer: true,
      identity: 'header',
    });
    // Behind the single sign-on, signing in is the university's.
    expect((await fetch(`${intake.url()}/api/session`, { method: 'POST' })).status).toBe(404);
  });

  describe('GET /api/photos/:id', () => {
    it('answers its owner and the reviewers, and 404 to anyone else', async () => {
      const [who, other] = [person(), person()];
      const { id } = await receiptOf(
        await intake.post(form({ photo: await studioJpeg() }), randomUUID(), who),
      );
      const mine = await intake.get(`/api/photos/${id}`, who);
      expect(mine.status).toBe(200);
      expect(await mine.json()).toEqual({ id, status: 'pending_review', reasonCodes: [] });
      expect((await intake.get(`/api/photos/${id}`, other)).status).toBe(404);
      expect((await intake.get(`/api/photos/${id}`, 'scolarite')).status).toBe(200);
      expect((await fetch(`${intake.url()}/api/photos/${id}`)).status).toBe(401);
    });

    it('answers 404 to an unknown id, a path traversal and an unknown URL', async () => {
      for (const path of [
        `/api/photos/${randomUUID()}`,
        '/api/photos/..%2F..%2Fetc%2Fpasswd',
        '/api/elsewhere',
      ]) {
        const response = await intake.get(path);
        expect(response.status, path).toBe(404);
        expect((await errorOf(response)).code).toBe('not_found');
      }
    });
  });

  describe('the review API', () => {
    it('is for reviewers only (403), and lists the queue oldest first with counts', async () => {
      const forbidden = await intake.get('/api/review/photos', person());
      expect([forbidden.status, (await errorOf(forbidden)).code]).toEqual([403, 'not_reviewer']);
      const owners = [person(), person()];
      for (const who of owners) await intake.post(form({ photo: await studioJpeg() }), randomUUID(), who);
      const page = (await (
        await intake.get('/api/review/photos?status=pending_review&limit=200', 'scolarite')
      ).json()) as ReviewPage;
      const mine = page.photos.filter(photo => owners.includes(photo.owner));
      expect(mine.map(photo => photo.owner)).toEqual(owners);
      expect(mine[0]).toMatchObject({
        role: 'student',
        status: 'pending_review',
        checks: { verdict: 'ok' },
        lang: 'fr',
      });
      expect(mine[0]).not.toHaveProperty('idempotencyKey');
      expect(page.counts.pending_review).toBeGreaterThanOrEqual(2);
      const bad = await intake.get('/api/review/photos?limit=0', 'scolarite');
      expect(bad.status).toBe(400);
    });

    it('serves the JPEG, takes a decision, logs it, tells the owner, and writes the mail', async () => {
      const who = person();
      const jpeg = await studioJpeg();
      const { id } = await receiptOf(await intake.post(form({ photo: jpeg }), randomUUID(), who));
      const photo = await intake.get(`/api/review/photos/${id}/photo`, 'scolarite');
      expect(photo.headers.get('content-type')).toBe('image/jpeg');
      expect(photo.headers.get('cache-control')).toBe('private, no-store');
      expect(new Uint8Array(await photo.arrayBuffer())).toEqual(jpeg);
      const decide = (body: unknown) =>
        fetch(`${intake.url()}/api/review/photos/${id}/decision`, {
          method: 'POST',
          headers: { ...as('scolarite'), 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
      expect((await decide({ status: 'rejected', reasonCodes: [] })).status).toBe(422);
      // What a form on another site could send, with the office's cookie: refused.
      const fromForm = await fetch(`${intake.url()}/api/review/photos/${id}/decision`, {
        method: 'POST',
        headers: { ...as('scolarite'), 'Content-Type': 'text/plain' },
        body: JSON.stringify({ status: 'validated', reasonCodes: [] }),
      });
      expect(fromForm.status).toBe(415);
      expect((await decide({ status: 'maybe', reasonCodes: [] })).status).toBe(422);
      const decided = await decide({
        status: 'rejected',
        reason: 'Le haut de la tête est coupé.',
        reasonCodes: ['cropped'],
      });
      expect(decided.status).toBe(200);
      expect(await decided.json()).toMatchObject({
        photo: { id, status: 'rejected' },
        decisions: [
          { status: 'rejected', reviewer: 'scolarite', reasonCodes: ['cropped'], at: expect.any(String) },
        ],
      });
      const seen = (await (await intake.get(`/api/photos/${id}`, who)).json()) as StatusAnswer;
      expect(seen).toEqual({
        id,
        status: 'rejected',
        reason: 'Le haut de la tête est coupé.',
        reasonCodes: ['cropped'],
      });
      // No SMTP_URL: the receipt and the decision are written as .eml files, the decision naming its reason.
      const mails = async () =>
        (await readdir(join(intake.dir(), 'mail')).catch(() => [])).filter(f => f.endsWith('.eml'));
      for (let i = 0; i < 100 && (await mails()).length < 2; i++) await new Promise(r => setTimeout(r, 100));
      expect((await mails()).length).toBe(2);
      // A check id stands for the office's reason that covers it.
      const byCheck = await decide({ status: 'rejected', reasonCodes: ['face.framing', 'face.pose'] });
      expect((await byCheck.json()).decisions[1]).toMatchObject({ reasonCodes: ['cropped', 'profile'] });
      expect((await decide({ status: 'validated', reasonCodes: [] })).status).toBe(200);
      const detail = await (await intake.get(`/api/review/photos/${id}`, 'scolarite')).json();
      expect(detail.decisions.map((d: { status: string }) => d.status)).toEqual([
        'rejected',
        'rejected',
        'validated',
      ]);
    });
  });

  it('erases everything of a person on « Supprimer mes données »', async () => {
    const who = person();
    const { id } = await receiptOf(await intake.post(form({ photo: await studioJpeg() }), randomUUID(), who));
    const erased = await fetch(`${intake.url()}/api/me/data`, { method: 'DELETE', headers: as(who) });
    expect(await erased.json()).toEqual({ deleted: 1 });
    expect((await intake.get(`/api/photos/${id}`, who)).status).toBe(404);
    expect(await intake.inspect(r => r.find(id))).toBeUndefined();
  });
});

describe('the person told by e-mail, through a real SMTP server', () => {
  let smtp: SmtpServer;
  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(() => smtp?.close());
  const intake = useIntake({ change: () => ({ smtpUrl: smtp.url }) });

  it('sends the receipt in the studio’s language, then the decision with its reason', async () => {
    const before = smtp.received.length;
    const meta = { ...validMeta(), lang: 'en' as const };
    const response = await intake.post(form({ photo: await studioJpeg(), meta }), randomUUID(), 'jdoe');
    const { id } = (await response.json()) as Receipt;
    const [receipt] = (await smtp.waitFor(before + 1)).slice(before);
    expect(receipt!.to).toEqual(['jdoe@example.edu']);
    expect(receipt!.parsed.subject).toBe('Your photo has arrived');
    await fetch(`${intake.url()}/api/review/photos/${id}/decision`, {
      method: 'POST',
      headers: { ...as('scolarite'), 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'rejected', reasonCodes: ['background'], reason: 'Mur trop sombre.' }),
    });
    const [decision] = (await smtp.waitFor(before + 2)).slice(before + 1);
    expect(decision!.to).toEqual(['jdoe@example.edu']);
    expect(decision!.parsed.text).toContain('Mur trop sombre.');
    expect(decision!.parsed.html).toContain('https://trombine.example.edu/photo');
  });
});
