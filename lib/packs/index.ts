export type { PackSubscription } from './types';
