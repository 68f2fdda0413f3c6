import type { IncomingMessage, ServerResponse } from 'node:http';
import * as v from 'valibot';
import { checkIds, type CheckId } from '../../shared/engine';
import {
  depositStatuses,
  rejectionCodes,
  rejectionReasons,
  type RejectionCode,
  type Decision,
  type Person,
  type ReviewPage,
  type ReviewPhoto,
} from '../../shared/review';
import { roles } from '../../shared/profiles/vocabulary';
import type { Deposit, MailFor, Repository } from './db/contract';
import { fail, readJson, send } from './http';

export type ReviewOptions = { repository: Repository; mail: MailFor };

/** Each reason once, a check id turned into the reason that covers it. */
const toReasonCodes = (codes: (RejectionCode | CheckId)[]): RejectionCode[] => [
  ...new Set(
    codes.map(code =>
      (rejectionCodes as string[]).includes(code)
        ? (code as RejectionCode)
        : rejectionCodes.find(reason => (rejectionReasons[reason] as readonly string[]).includes(code))!,
    ),
  ),
];

const DecisionSchema = v.pipe(
  v.strictObject({
    status: v.picklist(['validated', 'rejected']),
    reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(400))),
    // A reason from the office's list, or the id of a check it covers (« face.framing » is « cropped »).
    reasonCodes: v.optional(
      v.pipe(v.array(v.picklist([...rejectionCodes, ...checkIds])), v.transform(toReasonCodes)),
      [],
    ),
  }),
  // A refusal says why: a reason from the list or in words. A validation carries none.
  v.check(
    d => (d.status === 'rejected' ? d.reasonCodes.length > 0 || !!d.reason : d.reasonCodes.length === 0),
    'a rejection needs a reason code or a reason; a validation takes none',
  ),
);

const ListSchema = v.object({
  status: v.optional(v.picklist(depositStatuses)),
  role: v.optional(v.picklist(roles)),
  after: v.optional(v.pipe(v.string(), v.maxLength(200))),
  limit: v.optional(v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1), v.maxValue(200)), '50'),
});

/** What a reviewer reads of a deposit: never its idempotency key, e-mail or raw meta. */
const reviewed = ({ id, owner, name, role, receivedAt, status, checks, lang }: Deposit): ReviewPhoto => ({
  id,
  owner,
  ...(name ? { name } : {}),
  role,
  receivedAt,
  status,
  checks,
  lang,
});

/**
 * The schooling office's API (INTAKE_REVIEWERS only; the router answers 403 to anyone else):
 *   GET  /api/review/photos?status=&role=&after=&limit=   the queue, oldest first, with counts per status
 *   GET  /api/review/photos/{id}                           one deposit and its decisions
 *   GET  /api/review/photos/{id}/photo                     the JPEG
 *   POST /api/review/photos/{id}/decision                  {status, reason?, reasonCodes}
 */
export async function review(
  options: ReviewOptions,
  reviewer: Person,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
): Promise<void> {
  const { repository } = options;
  const [, id, part] = /^\/api\/review\/photos(?:\/([^/]+))?(?:\/(photo|decision))?\/?$/.exec(path) ?? [];
  if (!id) {
    if (path !== '/api/review/photos' && path !== '/api/review/photos/')
      fail(404, 'not_found', 'Nothing here');
    const parsed = v.safeParse(ListSchema, Object.fromEntries(query));
    if (!parsed.success) fail(400, 'bad_query', 'status, role, after or limit (1 to 200) is not valid');
    const { limit, ...filters } = parsed.output;
    const [page, counts] = await Promise.all([repository.list({ ...filters, limit }), repository.counts()]);
    const answer: ReviewPage = {
      photos: page.photos.map(reviewed),
      counts,
      ...(page.next ? { next: page.next } : {}),
    };
    return send(res, 200, answer);
  }
  if (part === 'decision') {
    if (req.method !== 'POST') fail(405, 'method_not_allowed', 'Use POST to decide', { Allow: 'POST' });
    // JSON only: a form on another site cannot send it without the browser asking first (CORS), whatever the single
    // sign-on's cookie allows.
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
      fail(415, 'not_json', 'Body must be application/json');
    const parsed = v.safeParse(DecisionSchema, await readJson(req));
    if (!parsed.success) fail(422, 'bad_decision', parsed.issues[0].message);
    const decision: Decision = parsed.output;
    const decided = await repository.decide(
      id,
      { ...decision, reviewer: reviewer.login, at: new Date().toISOString() },
      options.mail,
    );
    if (!decided) fail(404, 'not_found', 'No deposit to decide with this id');
    return send(res, 200, { photo: reviewed(decided), decisions: await repository.decisions(id) });
  }
  if (req.method !== 'GET' && req.method !== 'HEAD')
    fail(405, 'method_not_allowed', 'Use GET', { Allow: 'GET' });
  if (part === 'photo') {
    const jpeg = await repository.jpeg(id);
    if (!jpeg) fail(404, 'not_found', 'No photo with this id');
    res.writeHead(200, {
      'Content-Type': 'image/jpeg',
      'Content-Length': String(jpeg.byteLength),
      // A person's face: never kept by a shared cache or the browser's disk cache.
      'Cache-Control': 'private, no-store',
      'Content-Disposition': `inline; filename="${id}.jpg"`,
    });
    return void res.end(req.method === 'HEAD' ? undefined : jpeg);
  }
  const deposit = await repository.find(id);
  if (!deposit) fail(404, 'not_found', 'No deposit with this id');
  send(res, 200, { photo: reviewed(deposit), decisions: await repository.decisions(id) });
}
