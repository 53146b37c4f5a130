/**
 * The panels that are not part of the pane's first JavaScript, each in its own chunk. The gallery
 * needs the templates and their seed data (about as much again as React), so index.tsx starts
 * fetching it at once, while Office.js is still starting; the others load on first use, or in idle
 * time (webpackPrefetch) where the user is likely to need them.
 */
import { lazy } from 'react';

export const loadGallery = () => import(/* webpackChunkName: "gallery" */ './Gallery');

export const Gallery = lazy(() => loadGallery().then((m) => ({ default: m.Gallery })));
export const Overview = lazy(() => import(/* webpackChunkName: "overview", webpackPrefetch: true */ './Overview').then((m) => ({ default: m.Overview })));
export const ExplainPanel = lazy(() => import(/* webpackChunkName: "explain", webpackPrefetch: true */ './Explain').then((m) => ({ default: m.ExplainPanel })));
export const SettingsPanel = lazy(() => import(/* webpackChunkName: "settings" */ './SettingsPanel').then((m) => ({ default: m.SettingsPanel })));
export const FileCheck = lazy(() => import(/* webpackChunkName: "filecheck" */ './FileCheck').then((m) => ({ default: m.FileCheck })));
export const Calculator = lazy(() => import(/* webpackChunkName: "calculator" */ './Calculator').then((m) => ({ default: m.Calculator })));
