export * from './schema';
export * from './shipped';
export { checkLimits, type CheckLimits } from './check-limits';
