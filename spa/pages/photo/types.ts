import type { Profile } from '../../../shared/profiles';
import type { PhotoResult } from '../../../workers/bridge';

type Processed = Extract<PhotoResult, { ok: true }>;

/** A processed photo that fits the cap, with the address of its preview. */
export type Ready = Processed & { output: NonNullable<Processed['output']>; url: string };

export type Upload = Profile['upload'];
export type EndpointUpload = Extract<Upload, { kind: 'endpoint' }>;
export type HandoffUpload = Extract<Upload, { kind: 'handoff' }>;
