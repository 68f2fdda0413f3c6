import type { Key, Params } from '../../shared/i18n';
import type { PhotoStatus } from '../../shared/upload';

export type Sending =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'sent'; id: string; status: PhotoStatus }
  | { state: 'error'; message: Key; params?: Params };
