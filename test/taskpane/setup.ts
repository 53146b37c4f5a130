/**
 * What Fluent UI v9 needs from a browser that jsdom leaves out, and Testing Library's cleanup (its
 * automatic one needs vitest globals, which this project does not turn on). Imported first by each
 * task pane test that renders.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

const w = window as unknown as Record<string, unknown>;

if (!w.matchMedia) {
  w.matchMedia = (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!w.ResizeObserver) w.ResizeObserver = NoResizeObserver;

// Object URLs for the .xlsx download link.
if (!URL.createObjectURL) URL.createObjectURL = () => 'blob:careplan-test';
if (!URL.revokeObjectURL) URL.revokeObjectURL = () => undefined;

// Fluent's positioning asks elements for their scroll parents and sizes; jsdom answers zeros.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;

afterEach(() => {
  cleanup();
  document.documentElement.lang = '';
});
