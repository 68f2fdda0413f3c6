import type { Key } from '../../../shared/i18n';

/** The wizard's steps, in order, with the title each one shows and gives the page. */
export const steps = [
  { id: 'consent', title: 'studio.step.consent' },
  { id: 'source', title: 'studio.step.source' },
  { id: 'framing', title: 'studio.step.framing' },
  { id: 'checks', title: 'studio.step.checks' },
  { id: 'send', title: 'studio.step.send' },
  { id: 'follow', title: 'studio.step.follow' },
] as const satisfies readonly { id: string; title: Key }[];

export type StepId = (typeof steps)[number]['id'];

export const stepIndex = (id: StepId): number => steps.findIndex(step => step.id === id);
export const stepTitle = (id: StepId): Key => steps[stepIndex(id)]!.title;
