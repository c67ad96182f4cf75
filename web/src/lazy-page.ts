import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

export type PreloadableComponent = LazyExoticComponent<ComponentType> & {
  /** Starts loading the chunk now (idempotent: the browser and React share one module fetch). */
  preload(): Promise<unknown>;
};

/**
 * React.lazy with a way to start the chunk early: the shell preloads the page of the address it
 * opens on while it asks who is signed in, instead of one after the other (docs/benchmarks.md).
 */
export function lazyPage(factory: () => Promise<{ default: ComponentType }>): PreloadableComponent {
  let started: Promise<{ default: ComponentType }> | null = null;
  const load = () => {
    started ??= factory();
    return started;
  };
  return Object.assign(lazy(load), { preload: load });
}
