import type { DemoStep } from './context.js';

/**
 * Module demo steps, in order. Each module adds its own step here (one import, one entry),
 * building on the organisations and accounts of the foundation step.
 */
export const DEMO_STEPS: DemoStep[] = [];
