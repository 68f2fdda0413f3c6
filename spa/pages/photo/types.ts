import type { Profile } from '../../../shared/profiles';
import type { PhotoResult } from '../../../workers/bridge';

/** A processed photo that fits the cap, with its preview URL and the Idempotency-Key of its deposit. */
export type Ready = Extract<PhotoResult, { ok: true }> & {
  output: NonNullable<Extract<PhotoResult, { ok: true }>['output']>;
} & {
  url: string;
  key: string;
};

export type Upload = Profile['upload'];
export type EndpointUpload = Extract<Upload, { kind: 'endpoint' }>;
export type HandoffUpload = Extract<Upload, { kind: 'handoff' }>;
