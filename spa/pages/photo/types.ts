import type { Key, Params } from '../../../shared/i18n';
import type { Profile } from '../../../shared/profiles';
import type { PhotoStatus } from '../../../shared/upload';
import type { PhotoResult } from '../../../workers/bridge';

/** A processed photo that fits the cap, with its preview URL and the Idempotency-Key of its deposit. */
export type Ready = Extract<PhotoResult, { ok: true }> & {
  output: NonNullable<Extract<PhotoResult, { ok: true }>['output']>;
} & {
  url: string;
  key: string;
};

export type Sending =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'sent'; id: string; status: PhotoStatus }
  | { state: 'error'; message: Key; params?: Params };

export type Upload = Profile['upload'];
export type EndpointUpload = Extract<Upload, { kind: 'endpoint' }>;
export type HandoffUpload = Extract<Upload, { kind: 'handoff' }>;
