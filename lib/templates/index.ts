export type { Template } from './types';
