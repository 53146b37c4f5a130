/**
 * The panels that are not part of the pane's first JavaScript, each in its own chunk. The gallery is
 * the first screen: start.tsx starts fetching it at once, while Office.js is still starting. The
 * views only Excel offers (check, its overview, explanation) load when the pane gets Excel's
 * operations (loadExcelPanels, from App), never in a plain browser; the others on first use.
 */
import { lazy } from 'react';

export const loadGallery = () => import(/* webpackChunkName: "gallery" */ './Gallery');
const loadCheck = () => import(/* webpackChunkName: "check" */ './CheckPanel');
const loadOverview = () => import(/* webpackChunkName: "overview" */ './Overview');
const loadExplain = () => import(/* webpackChunkName: "explain" */ './Explain');

/** The Excel-only views, fetched as soon as the pane is in Excel so that their first use does not wait. */
export const loadExcelPanels = () => Promise.all([loadCheck(), loadOverview(), loadExplain()]);

export const Gallery = lazy(() => loadGallery().then((m) => ({ default: m.Gallery })));
export const CheckPanel = lazy(() => loadCheck().then((m) => ({ default: m.CheckPanel })));
export const Overview = lazy(() => loadOverview().then((m) => ({ default: m.Overview })));
export const ExplainPanel = lazy(() => loadExplain().then((m) => ({ default: m.ExplainPanel })));
export const SettingsPanel = lazy(() => import(/* webpackChunkName: "settings" */ './SettingsPanel').then((m) => ({ default: m.SettingsPanel })));
export const FileCheck = lazy(() => import(/* webpackChunkName: "filecheck" */ './FileCheck').then((m) => ({ default: m.FileCheck })));
export const Calculator = lazy(() => import(/* webpackChunkName: "calculator" */ './Calculator').then((m) => ({ default: m.Calculator })));
export const Round = lazy(() => import(/* webpackChunkName: "round" */ './Round').then((m) => ({ default: m.Round })));
