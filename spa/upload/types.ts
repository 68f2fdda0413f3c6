import type { Key, Params } from '../../shared/i18n';
import type { StatusAnswer } from '../../shared/upload';
import type { Progress } from './xhr-fetch';

/** Where one deposit (one Idempotency-Key) stands, as the person is told. */
export type Sending =
  | { state: 'idle' }
  | { state: 'sending'; progress?: Progress }
  /** Kept on the device until the network or the server is back; `message` says why. */
  | { state: 'queued'; message: Key }
  | ({ state: 'sent' } & Omit<StatusAnswer, 'reasonCodes'> & { reasonCodes?: string[] })
  /** Refused for good (a 4xx), or it could not even be kept: the person must act. */
  | { state: 'error'; message: Key; params?: Params };
